package dev.fledge.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.render.activitypub.ConvertedZip;
import dev.fledge.testkit.ExampleArchive;
import dev.fledge.testkit.Generation;
import dev.fledge.testkit.XArchiveBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/v1/convert/mastodon-archive: the streamed ZIP, its download name, options and problems. */
@QuarkusTest
class ConvertMastodonArchiveResourceTest {
    private static final Pattern NAME = Pattern.compile("attachment; filename=\"(archive-(\\d{14})-([0-9a-f]{32})\\.zip)\"");
    private static Path example;

    @BeforeAll
    static void writeExample() throws IOException {
        Path dir = Files.createTempDirectory("fledge-mastodon-route");
        dir.toFile().deleteOnExit();
        example = dir.resolve("example.zip");
        ExampleArchive.build().writeTo(example);
        example.toFile().deleteOnExit();
    }

    @Test
    @DisplayName("§1 multipart upload: a ZIP named archive-<yyyyMMddHHmmss>-<32 hex>.zip (never twitter*), the layout "
            + "of Mastodon's archive")
    void multipart() {
        Instant before = Instant.now().minusSeconds(2);
        Response response = given().multiPart("archive", example.toFile(), "application/zip")
                .when().post("/api/v1/convert/mastodon-archive")
                .then().statusCode(200).contentType("application/zip").extract().response();
        Matcher name = NAME.matcher(response.header("Content-Disposition"));
        assertTrue(name.matches(), response.header("Content-Disposition"));
        assertFalse(name.group(1).startsWith("twitter"));
        Instant stamped = java.time.LocalDateTime.parse(name.group(2),
                java.time.format.DateTimeFormatter.ofPattern("uuuuMMddHHmmss")).toInstant(java.time.ZoneOffset.UTC);
        assertFalse(stamped.isBefore(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)), "UTC time of the export");
        ConvertedZip zip = ConvertedZip.of(response.asByteArray(), "route");
        assertEquals(List.of("outbox.json", "likes.json", "bookmarks.json", "avatar.jpg", "header.jpg", "actor.json",
                "report.json"), zip.names().stream().filter(n -> !n.startsWith("media_attachments/")).toList());
        assertEquals(3, zip.names().stream().filter(n -> n.startsWith("media_attachments/files/")).count());
        assertEquals(9, zip.json("outbox.json").get("totalItems").asInt());
    }

    @Test
    @DisplayName("download names differ between requests (32 random hex digits)")
    void namesAreUnique() {
        String first = given().contentType("application/zip").body(example.toFile())
                .post("/api/v1/convert/mastodon-archive").then().statusCode(200).extract().header("Content-Disposition");
        String second = given().contentType("application/zip").body(example.toFile())
                .post("/api/v1/convert/mastodon-archive").then().statusCode(200).extract().header("Content-Disposition");
        assertFalse(first.equals(second));
    }

    @Test
    @DisplayName("raw body with options as query parameters: actorUrl, retweets=announce, exclude=likes,media")
    void rawBodyWithOptions() {
        byte[] body = given().contentType("application/zip").body(example.toFile())
                .queryParam("actorUrl", "https://social.example/users/alice/")
                .queryParam("retweets", "announce")
                .queryParam("exclude", "likes,media")
                .when().post("/api/v1/convert/mastodon-archive")
                .then().statusCode(200).extract().asByteArray();
        ConvertedZip zip = ConvertedZip.of(body, "raw");
        assertEquals("https://social.example/users/alice", zip.json("actor.json").get("id").asText());
        assertEquals(0, zip.json("likes.json").get("orderedItems").size());
        assertFalse(zip.names().stream().anyMatch(n -> n.startsWith("media_attachments/")));
        JsonNode report = zip.json("report.json");
        assertEquals(1, report.get("exported").get("announces").asInt());
        assertEquals("announce", report.get("options").get("retweets").asText());
    }

    @ParameterizedTest
    @EnumSource(Generation.class)
    @DisplayName("archives of every generation convert")
    void everyGeneration(Generation generation) throws IOException {
        Path zip = Files.createTempFile("fledge-" + generation, ".zip");
        try {
            XArchiveBuilder.of(generation).account("1234", "gen_user", "Gen", Instant.parse("2015-01-01T00:00:00Z"))
                    .post(p -> p.text("first").at("2019-01-01T10:00:00Z"))
                    .selfReply(p -> p.text("second"))
                    .writeTo(zip);
            ConvertedZip result = ConvertedZip.of(given().multiPart("archive", zip.toFile(), "application/zip")
                    .post("/api/v1/convert/mastodon-archive").then().statusCode(200).extract().asByteArray(),
                    generation.name());
            assertEquals(2, result.json("outbox.json").get("totalItems").asInt());
            assertEquals(generation.name(), result.json("report.json").get("source").get("generation").asText());
        } finally {
            Files.deleteIfExists(zip);
        }
    }

    @Test
    @DisplayName("include/exclude accept only likes, relationships, media: anything else is a 400 naming the option")
    void badKind() {
        given().multiPart("archive", example.toFile(), "application/zip").queryParam("include", "directMessages")
                .when().post("/api/v1/convert/mastodon-archive")
                .then().statusCode(400).contentType("application/problem+json")
                .body("option", equalTo("include")).body("detail", containsString("directMessages"));
        given().multiPart("archive", example.toFile(), "application/zip").multiPart("exclude", "posts")
                .when().post("/api/v1/convert/mastodon-archive")
                .then().statusCode(400).body("option", equalTo("exclude"));
    }

    @Test
    @DisplayName("bad values are 400s naming the option; page/document belong to activitystreams only")
    void badOptions() {
        for (String[] option : List.of(new String[]{"actorUrl", "social.example/alice"},
                new String[]{"actorUrl", "https://social.example/users/alice?x=1"},
                new String[]{"replies", "some"}, new String[]{"retweets", "quote"},
                new String[]{"visibility", "direct"}, new String[]{"mentions", "none"},
                new String[]{"since", "yesterday"}, new String[]{"page", "1"}, new String[]{"mediaBaseUrl", "https://a.example"})) {
            given().contentType("application/zip").body(example.toFile()).queryParam(option[0], option[1])
                    .when().post("/api/v1/convert/mastodon-archive")
                    .then().statusCode(400).contentType("application/problem+json").body("option", equalTo(option[0]));
        }
        given().contentType("application/zip").body(example.toFile())
                .queryParam("since", "2024-02-01").queryParam("until", "2024-01-01")
                .when().post("/api/v1/convert/mastodon-archive")
                .then().statusCode(400).body("option", equalTo("until"));
    }

    @Test
    @DisplayName("not a ZIP: 415 problem before any byte of the answer")
    void notAZip() {
        given().contentType("application/zip").body("hello".getBytes())
                .when().post("/api/v1/convert/mastodon-archive")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
