package dev.fledge.render.normalized;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.testkit.ArchiveFacts;
import dev.fledge.testkit.Generation;
import dev.fledge.testkit.XArchiveBuilder;
import dev.fledge.testkit.XUser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;

import static dev.fledge.testkit.TextPart.cashtag;
import static dev.fledge.testkit.TextPart.hashtag;
import static dev.fledge.testkit.TextPart.link;
import static dev.fledge.testkit.TextPart.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Archives of every generation, with everything the generation can hold, convert to output that is valid against
 * the committed JSON Schemas (document and every NDJSON record), carries what the archive holds, posts oldest first,
 * and is the same in both formats.
 */
class NormalizedGenerationsTest {
    private static final XUser BOB = XUser.of("2001", "bob", "Bob");
    private static final XUser CAROL = XUser.of("2002", "carol", "Carol");
    private static final NormalizedOptions EVERYTHING =
            NormalizedOptions.of(List.of("directMessages"), List.of(), null, null);

    static XArchiveBuilder archive(Generation generation) {
        XArchiveBuilder b = XArchiveBuilder.of(generation)
                .account("1000", "alice", "Alice 🐦", Instant.parse("2015-03-14T09:26:53Z"))
                .post(p -> p.text("Hello ", mention(BOB), " & see ", link("https://blog.example/a?b=1&c=2"), " ",
                        hashtag("news"), " ", cashtag("ACME"), " 🐣").at("2019-01-05T10:00:00Z").photo())
                .selfReply(p -> p.text("and more <3"))
                .reply(CAROL, "1079000000000000000", p -> p.text("you said so"))
                .mentionFirst(BOB, p -> p.text("not a reply"))
                .retweet(BOB, p -> p.text("a picture of the sea 🌊").photo())
                .quote("https://twitter.com/bob/status/1080000000000000000", p -> p.text("look at this"))
                .post(p -> p.text("a video").video())
                .post(p -> p.text("a gif").gif())
                .post(p -> p.text("media file left out").photo().mediaFilesMissing());
        if (generation != Generation.G0) {
            b.profile(p -> p.bio("Bio & more").website("https://t.co/abc").location("Here").avatar().header())
                    .like("1080000000000000001", "liked & kept")
                    .like("1080000000000000002")
                    .follower(BOB.id(), "3003").following(CAROL.id()).block("4004").mute("5005")
                    .listCreated("https://twitter.com/alice/lists/123")
                    .listMember("https://twitter.com/bob/lists/friends")
                    .listSubscribed("https://twitter.com/carol/lists/news")
                    .dmConversation(BOB, c -> {
                        c.sent("hi Bob & co").at("2019-02-01T10:00:00Z");
                        c.received("hey").photo();
                    })
                    .groupDm(List.of(BOB, CAROL), c -> {
                        c.joined(BOB).at("2019-02-02T10:00:00Z");
                        c.renamed(BOB, "Friends");
                        c.from(CAROL, "hello all");
                        c.left(CAROL);
                    })
                    .screenNameChange(Instant.parse("2018-01-01T00:00:00Z"), "alice_old", "alice");
        }
        if (generation == Generation.G3) {
            b.longPost(p -> p.text("long ".repeat(70) + "end 🐣"))
                    .editedPost(p -> p.text("frist"), p -> p.text("first"))
                    .dmConversation(CAROL, c -> {
                        c.sent("see").link("https://blog.example/b");
                        c.received("thanks").reaction(c.owner(), "like");
                        c.welcome("welcome message");
                    });
        }
        return b;
    }

    @ParameterizedTest
    @EnumSource(Generation.class)
    void outputIsSchemaValidCompleteAndTheSameInBothFormats(Generation generation) {
        XArchiveBuilder builder = archive(generation);
        ArchiveFacts facts = builder.facts();
        byte[] json = Conversions.convert(builder, EVERYTHING, NormalizedFormat.JSON);
        byte[] ndjson = Conversions.convert(archive(generation), EVERYTHING, NormalizedFormat.NDJSON);
        NormalizedSchemas.assertValidDocument(json);
        NormalizedSchemas.assertValidRecords(ndjson);

        JsonNode document = Conversions.tree(json);
        assertEquals(Conversions.recordsOf(document), Conversions.lines(ndjson), "NDJSON carries the document's records");

        assertEquals(generation.name(), document.get("source").get("generation").asText());
        assertEquals("1000", document.get("account").get("id").asText());
        assertEquals(facts.posts(), document.get("posts").size());
        Instant previous = Instant.MIN;
        for (JsonNode post : document.get("posts")) {
            Instant at = Instant.parse(post.get("createdAt").asText());
            assertFalse(at.isBefore(previous), "oldest first");
            previous = at;
        }
        long kinds = 0;
        for (JsonNode post : document.get("posts")) {
            kinds += switch (post.get("kind").asText()) {
                case "retweet" -> 1;
                case "quote" -> 10;
                case "reply" -> 100;
                default -> 0;
            };
        }
        assertEquals(facts.retweets() + 10 * facts.quotes() + 100 * facts.replies(), kinds, "post kinds");
        assertEquals(facts.likes(), document.get("likes").size());
        assertEquals(facts.followers(), document.get("followers").size());
        assertEquals(facts.following(), document.get("following").size());
        assertEquals(facts.blocks(), document.get("blocks").size());
        assertEquals(facts.mutes(), document.get("mutes").size());
        assertEquals(facts.lists(), document.get("lists").size());
        assertEquals(facts.conversations(), document.get("directMessages").size());
        JsonNode media = document.get("media");
        assertEquals(facts.mediaFiles(), media.get("filesInArchive").asLong());
        if (generation != Generation.G0) {
            assertEquals(1, media.get("itemsWithoutFile").asLong(), "the post whose file is left out");
            assertTrue(media.get("itemsWithFile").asLong() >= 5, media.toString());
        }
        assertEquals(0, document.get("warnings").size(), document.get("warnings").toString());
    }
}
