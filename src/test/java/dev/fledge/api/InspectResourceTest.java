package dev.fledge.api;

import dev.fledge.testkit.ArchiveFacts;
import dev.fledge.testkit.ExampleArchive;
import dev.fledge.testkit.Generation;
import dev.fledge.testkit.XArchiveBuilder;
import dev.fledge.testkit.XUser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static dev.fledge.testkit.TextPart.hashtag;
import static dev.fledge.testkit.TextPart.link;
import static dev.fledge.testkit.TextPart.mention;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** POST /api/v1/inspect answers the exact contents of archives of every generation, and problems for bad uploads. */
@QuarkusTest
class InspectResourceTest {
    private static final XUser ROBIN = XUser.of("1402338812651216897", "robinquill", "Robin Quill");
    private static final XUser MIRA = XUser.of("1188425390077194241", "mira_ok", "Mira Okafor");

    @TempDir
    Path dir;

    /**
     * The same rich content, written in the layout of each generation, as far as the generation can hold it:
     * classic (G0) archives hold posts only; edit history and long posts (note tweets) exist from G3 on.
     */
    static XArchiveBuilder rich(Generation generation) {
        XArchiveBuilder b = XArchiveBuilder.of(generation)
                .account("1000000000000000001", "fledgeexample", "Fledge Example", Instant.parse("2018-05-25T13:45:53Z"))
                .post(p -> p.text("Hello & welcome 🐣 ", link("https://fledge.example/start"), " ", hashtag("fledge"))
                        .at("2024-09-02T08:15:30.120Z"))
                .post(p -> p.text("A thread (1/2)").at("2024-09-03T18:00:04.501Z"))
                .selfReply(p -> p.text("(2/2) the end"))
                .reply(ROBIN, "1830987766123456789", p -> p.text("thanks!").at("2024-09-05T09:41:12.333Z"))
                .mentionFirst(MIRA, p -> p.text(" says hi").at("2024-09-05T10:00:00.000Z"))
                .retweet(ROBIN, p -> p.text("Sunrise over the old harbour today 🌅").photo().at("2024-09-12T07:03:44.010Z"))
                .quote("https://x.com/robinquill/status/1834000111222333444?s=20",
                        p -> p.text("Good overview 👇").at("2024-09-16T10:10:10.100Z"))
                .post(p -> p.text("Two photos").photo().photo().at("2024-09-22T19:30:00.640Z"))
                .post(p -> p.text("A video").video().at("2024-09-25T11:11:11.110Z"))
                .generatedAt(Instant.parse("2024-10-01T09:00:00Z"));
        if (generation == Generation.G3) {
            b.longPost(p -> p.text("A long post with ", mention(MIRA), " that goes on and on. ".repeat(20))
                            .at("2024-09-10T12:00:00.777Z"))
                    .editedPost(p -> p.text("Fledge 0.1 is out wiht fixes").at("2024-09-20T14:00:00.250Z"),
                            p -> p.text("Fledge 0.1 is out with fixes"));
        }
        if (generation != Generation.G0) {
            b.like("1833111222333444555", "Archives & memory")
                    .like("1833333444555666777")
                    .follower(ROBIN.id(), "1701234567890123456")
                    .following(ROBIN.id(), MIRA.id(), "1655443322110099001")
                    .block("1766554433221100998")
                    .mute("1655443322110099887")
                    .listCreated("https://twitter.com/fledgeexample/lists/1830000000000000123")
                    .dmConversation(ROBIN, c -> {
                        c.sent("Hi Robin!").at("2024-09-06T10:00:00.500Z");
                        c.received("Hello & thanks").photo();
                    });
        }
        return b;
    }

    @ParameterizedTest
    @EnumSource(Generation.class)
    void countsAreExactForEveryGeneration(Generation generation) throws IOException {
        Path zip = dir.resolve(generation + ".zip");
        ArchiveFacts facts = rich(generation).writeTo(zip);
        JsonPath answer = given().multiPart("archive", zip.toFile(), "application/zip")
                .when().post("/api/v1/inspect")
                .then().statusCode(200).contentType("application/json")
                .extract().jsonPath();
        assertEquals(generation.name(), answer.getString("generation"));
        assertEquals(facts.accountId(), answer.getString("account.id"));
        assertEquals(facts.screenName(), answer.getString("account.screenName"));
        Map<String, Long> expected = Map.ofEntries(
                Map.entry("posts", facts.posts()), Map.entry("retweets", facts.retweets()),
                Map.entry("replies", facts.replies()), Map.entry("selfReplies", facts.selfReplies()),
                Map.entry("quotes", facts.quotes()), Map.entry("noteTweets", facts.noteTweets()),
                Map.entry("editedPosts", facts.editedPosts()), Map.entry("deletedPosts", facts.deletedPosts()),
                Map.entry("communityPosts", facts.communityPosts()), Map.entry("likes", facts.likes()),
                Map.entry("followers", facts.followers()), Map.entry("following", facts.following()),
                Map.entry("blocks", facts.blocks()), Map.entry("mutes", facts.mutes()), Map.entry("lists", facts.lists()),
                Map.entry("conversations", facts.conversations()),
                Map.entry("directMessages", facts.directMessages()), Map.entry("mediaFiles", facts.mediaFiles()));
        expected.forEach((name, value) ->
                assertEquals(value.longValue(), answer.getLong("counts." + name), generation + " counts." + name));
        assertEquals(facts.firstPost(), Instant.parse(answer.getString("range.first")), "range.first");
        assertEquals(facts.lastPost(), Instant.parse(answer.getString("range.last")), "range.last");
        assertEquals(List.of(), answer.getList("warnings"), "no warnings for a clean archive");
    }

    @Test
    void aRealisticSyntheticArchiveReadsWithoutWarnings() throws IOException {
        // truncated retweets lose their media t.co and trailing entities, like real ones: no warning for that
        Path zip = dir.resolve("synthetic.zip");
        ArchiveFacts facts = new dev.fledge.testkit.SyntheticArchiveGenerator(3000, 7).writeTo(zip);
        JsonPath answer = given().multiPart("archive", zip.toFile(), "application/zip").post("/api/v1/inspect")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), answer.getList("warnings"));
        assertEquals(facts.posts(), answer.getLong("counts.posts"));
        assertEquals(facts.retweets(), answer.getLong("counts.retweets"));
        assertEquals(facts.selfReplies(), answer.getLong("counts.selfReplies"));
        assertEquals(facts.noteTweets(), answer.getLong("counts.noteTweets"));
        assertEquals(facts.editedPosts(), answer.getLong("counts.editedPosts"));
        assertEquals(facts.directMessages(), answer.getLong("counts.directMessages"));
        assertEquals(facts.mediaFiles(), answer.getLong("counts.mediaFiles"));
    }

    @Test
    void followingWithScreenNameCountsFollowedAccountsTheArchiveNames() throws IOException {
        Path zip = dir.resolve("g3.zip");
        rich(Generation.G3).writeTo(zip);
        // Robin (reply target, retweet author) and Mira (mention) are named; the third followed account is not
        given().multiPart("archive", zip.toFile(), "application/zip").post("/api/v1/inspect")
                .then().statusCode(200).body("counts.following", equalTo(3)).body("counts.followingWithScreenName", equalTo(2));
    }

    @Test
    void theExampleArchiveAsARawBody() throws IOException {
        given().contentType("application/zip").body(Files.readAllBytes(ExampleArchive.PATH))
                .when().post("/api/v1/inspect")
                .then().statusCode(200)
                .body("generation", equalTo("G3"))
                .body("generatedAt", equalTo("2024-10-01T09:00:00Z"))
                .body("account.screenName", equalTo("fledgeexample"))
                .body("counts.posts", equalTo(12))
                .body("range.first", equalTo("2024-09-02T08:15:30Z"))
                .body("warnings", hasSize(0));
    }

    @Test
    void aBrokenDataFileIsAWarningWithItsPlace() throws IOException {
        Path zip = dir.resolve("broken.zip");
        ArchiveFacts facts = rich(Generation.G3).withInvalidJsonAtLine("data/like.js", 3).writeTo(zip);
        ArchiveFacts.BrokenFile broken = facts.brokenFiles().get(0);
        given().multiPart("archive", zip.toFile(), "application/zip").post("/api/v1/inspect")
                .then().statusCode(200)
                .body("warnings[0].file", equalTo("data/like.js"))
                .body("warnings[0].line", equalTo(broken.line()))
                .body("warnings[0].column", equalTo(broken.column()))
                .body("counts.posts", equalTo((int) facts.posts()));
    }

    @Test
    void strictTurnsABrokenDataFileInto422WithItsPlace() throws IOException {
        Path zip = dir.resolve("broken.zip");
        ArchiveFacts facts = rich(Generation.G3).withInvalidJsonAtLine("data/like.js", 3).writeTo(zip);
        ArchiveFacts.BrokenFile broken = facts.brokenFiles().get(0);
        given().multiPart("archive", zip.toFile(), "application/zip").queryParam("strict", "true")
                .post("/api/v1/inspect")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://fledge.dev/problems/invalid-data-file"))
                .body("file", equalTo("data/like.js"))
                .body("line", equalTo(broken.line()))
                .body("column", equalTo(broken.column()));
        // the same option as a multipart field
        given().multiPart("archive", zip.toFile(), "application/zip").multiPart("strict", "true")
                .post("/api/v1/inspect").then().statusCode(422);
    }

    @Test
    void notAZipIs415() {
        given().contentType("application/zip").body("just some text, not a zip".getBytes())
                .post("/api/v1/inspect")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("https://fledge.dev/problems/not-a-zip"));
        given().multiPart("archive", "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, "image/png")
                .post("/api/v1/inspect")
                .then().statusCode(415).body("type", equalTo("https://fledge.dev/problems/not-a-zip"));
    }

    @Test
    void wrongContentTypeIs415() {
        given().contentType("text/plain").body("hello").post("/api/v1/inspect")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("https://fledge.dev/problems/unsupported-media-type"));
    }

    @Test
    void aZipThatIsNotAnXArchiveIs422() throws IOException {
        Path zip = dir.resolve("photos.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("holiday/beach.jpg"));
            out.write(new byte[] {1, 2, 3});
            out.closeEntry();
        }
        given().multiPart("archive", zip.toFile(), "application/zip").post("/api/v1/inspect")
                .then().statusCode(422).body("type", equalTo("https://fledge.dev/problems/not-an-x-archive"));
    }

    @Test
    void badOptionsAre400NamingTheOption() {
        given().contentType("application/zip").body(new byte[] {'P', 'K', 5, 6}).queryParam("strict", "maybe")
                .post("/api/v1/inspect")
                .then().statusCode(400).body("option", equalTo("strict"));
        given().contentType("application/zip").body(new byte[] {'P', 'K', 5, 6}).queryParam("verbose", "1")
                .post("/api/v1/inspect")
                .then().statusCode(400).body("option", equalTo("verbose")).body("detail", containsString("strict"));
    }

    @Test
    void aMissingArchivePartIs400() {
        given().multiPart("strict", "true").post("/api/v1/inspect")
                .then().statusCode(400).body("type", equalTo("https://fledge.dev/problems/missing-archive"))
                .body("file", nullValue());
    }
}
