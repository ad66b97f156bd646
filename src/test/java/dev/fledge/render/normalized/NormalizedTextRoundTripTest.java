package dev.fledge.render.normalized;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.testkit.XArchiveBuilder;
import dev.fledge.testkit.XUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.fledge.testkit.TextPart.cashtag;
import static dev.fledge.testkit.TextPart.fullWidthHashtag;
import static dev.fledge.testkit.TextPart.hashtag;
import static dev.fledge.testkit.TextPart.link;
import static dev.fledge.testkit.TextPart.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Texts come out exactly as written, through X's escaping, t.co links and long posts, in both formats; every entity
 * offset slices the text (as UTF-16, the way Java and JavaScript index strings) to exactly that entity.
 */
class NormalizedTextRoundTripTest {
    private static final XUser BOB = XUser.of("2001", "bob", "Bob");
    private static final XUser MIRA = XUser.of("2002", "mira_ok", "Mira 🌿");
    private static final String LONG_BODY = "Notes 🐣 on moving & keeping <things>: ".repeat(9);
    private static List<JsonNode> posts;

    @BeforeAll
    static void convert() {
        XArchiveBuilder archive = XArchiveBuilder.g3()
                .account("1000", "alice", "Alice", Instant.parse("2015-03-14T09:26:53Z"))
                .post(p -> p.text("🐣 Hi ", mention(BOB), " ", hashtag("café"), " ",
                        link("https://a.example/x?y=1&z=2"), " 👨‍👩‍👧 ", fullWidthHashtag("日本"), " ", cashtag("ACME"),
                        " 👍🏽 end"))
                .post(p -> p.text("Tom & Jerry <3 &amp; more, typed literally: &lt;b&gt;"))
                .post(p -> p.text("read ", link("https://t.co/AbCdEfGh12", "https://example.com/a/very/long/path?q=1",
                        "example.com/a/very/long/…"), " now").photo())
                .longPost(p -> p.text(LONG_BODY, mention(MIRA), " ", hashtag("fledge"), " ",
                        link("https://fledge.example/notes"), " 🎉 & done"))
                .retweet(BOB, p -> p.text("sea 🌊 & sky"));
        byte[] json = Conversions.convert(archive, NormalizedOptions.defaults(), NormalizedFormat.JSON);
        byte[] ndjson = Conversions.convert(archive, NormalizedOptions.defaults(), NormalizedFormat.NDJSON);
        JsonNode document = Conversions.tree(json);
        assertEquals(Conversions.recordsOf(document), Conversions.lines(ndjson));
        assertTrue(new String(json, StandardCharsets.UTF_8).contains("🐣"), "emoji are written as UTF-8, not escaped");
        posts = new ArrayList<>();
        document.get("posts").forEach(posts::add);
        assertEquals(5, posts.size());
    }

    private static String text(JsonNode post) {
        return post.get("text").asText();
    }

    private static String slice(JsonNode post, JsonNode entity) {
        return text(post).substring(entity.get("start").asInt(), entity.get("end").asInt());
    }

    @Test
    void emojiBeforeEntitiesDoNotShiftOffsets() {
        JsonNode post = posts.get(0);
        assertEquals("🐣 Hi @bob #café https://a.example/x?y=1&z=2 👨‍👩‍👧 ＃日本 $ACME 👍🏽 end", text(post));
        JsonNode entities = post.get("entities");
        assertEquals("@bob", slice(post, entities.get("mentions").get(0)));
        assertEquals("2001", entities.get("mentions").get(0).get("userId").asText());
        assertEquals("#café", slice(post, entities.get("hashtags").get(0)));
        assertEquals("café", entities.get("hashtags").get(0).get("text").asText());
        assertEquals("＃日本", slice(post, entities.get("hashtags").get(1)));
        assertEquals("$ACME", slice(post, entities.get("cashtags").get(0)));
        JsonNode link = entities.get("links").get(0);
        assertEquals("https://a.example/x?y=1&z=2", slice(post, link));
        assertEquals("https://a.example/x?y=1&z=2", link.get("expandedUrl").asText());
        assertTrue(link.get("url").asText().startsWith("https://t.co/"), link.toString());
        assertEquals(6, entities.get("mentions").get(0).get("start").asInt(), "🐣 counts two UTF-16 units");
    }

    @Test
    void htmlEntitiesAreDecodedExactlyOnce() {
        assertEquals("Tom & Jerry <3 &amp; more, typed literally: &lt;b&gt;", text(posts.get(1)));
    }

    @Test
    void tcoLinksShowTheirTargetAndTheMediaLinkIsGone() {
        JsonNode post = posts.get(2);
        assertEquals("read https://example.com/a/very/long/path?q=1 now", text(post));
        JsonNode link = post.get("entities").get("links").get(0);
        assertEquals("https://t.co/AbCdEfGh12", link.get("url").asText());
        assertEquals("https://example.com/a/very/long/path?q=1", link.get("expandedUrl").asText());
        assertEquals("example.com/a/very/long/…", link.get("displayUrl").asText());
        assertEquals(link.get("expandedUrl").asText(), slice(post, link));
        assertFalse(text(post).contains("t.co"), "the photo's t.co link is removed from the text");
        assertEquals(1, post.get("media").size());
    }

    @Test
    void longPostsHaveTheirFullTextAndOffsetsPastTheCut() {
        JsonNode post = posts.get(3);
        assertTrue(post.get("longPost").asBoolean());
        String expected = LONG_BODY + "@mira_ok #fledge https://fledge.example/notes 🎉 & done";
        assertEquals(expected, text(post));
        assertTrue(expected.length() > 280);
        JsonNode entities = post.get("entities");
        assertEquals("@mira_ok", slice(post, entities.get("mentions").get(0)));
        assertTrue(entities.get("mentions").get(0).get("start").asInt() > 280, "offsets past X's 280-character cut");
        assertEquals("#fledge", slice(post, entities.get("hashtags").get(0)));
        assertEquals("https://fledge.example/notes", slice(post, entities.get("links").get(0)));
    }

    @Test
    void retweetsKeepTheirPrefixAndMentionOffsets() {
        JsonNode post = posts.get(4);
        assertEquals("retweet", post.get("kind").asText());
        assertEquals("RT @bob: sea 🌊 & sky", text(post));
        assertEquals("@bob", slice(post, post.get("entities").get("mentions").get(0)));
        assertEquals("bob", post.get("retweetOf").get("screenName").asText());
    }
}
