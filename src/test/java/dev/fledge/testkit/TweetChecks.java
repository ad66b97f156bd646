package dev.fledge.testkit;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on tweet objects shared by the testkit's tests: what every G1–G3 tweet row must satisfy. */
final class TweetChecks {
    static final DateTimeFormatter TWITTER_DATE =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);

    private TweetChecks() {
    }

    /** The code points {@code [start, end)} of {@code text}. */
    static String slice(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    static String slice(String text, JsonNode indices) {
        return slice(text, indices.get(0).asInt(), indices.get(1).asInt());
    }

    static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Ids are equal strings, created_at is the snowflake's second, display_text_range covers the whole text and
     * every entity's indices slice the escaped full_text to exactly its rendering.
     */
    static void assertConsistent(JsonNode tweet) {
        String id = tweet.get("id_str").asText();
        String where = "tweet " + id;
        assertEquals(id, tweet.get("id").asText(), where);
        assertTrue(tweet.get("id").isTextual(), where + ": ids are strings");
        Instant created = Instant.from(TWITTER_DATE.parse(tweet.get("created_at").asText()));
        assertEquals(Snowflake.instant(id).truncatedTo(ChronoUnit.SECONDS), created, where + ": created_at vs id");
        String text = tweet.get("full_text").asText();
        assertEquals("0", tweet.get("display_text_range").get(0).asText(), where);
        assertEquals(Integer.toString(codePoints(text)), tweet.get("display_text_range").get(1).asText(), where);
        assertTrue(!text.contains("<") && !text.contains(">"), where + ": < and > are escaped");
        JsonNode entities = tweet.get("entities");
        for (JsonNode m : entities.get("user_mentions")) {
            assertEquals("@" + m.get("screen_name").asText(), slice(text, m.get("indices")), where);
            assertEquals(m.get("id").asText(), m.get("id_str").asText(), where);
            if ("-1".equals(m.get("id_str").asText())) {
                assertEquals("", m.get("name").asText(), where + ": gone accounts have no name");
            }
        }
        for (JsonNode h : entities.get("hashtags")) {
            String tag = slice(text, h.get("indices"));
            assertTrue(tag.equals("#" + h.get("text").asText()) || tag.equals("\uFF03" + h.get("text").asText()), where);
        }
        for (JsonNode s : entities.get("symbols")) {
            assertEquals("$" + s.get("text").asText(), slice(text, s.get("indices")), where);
        }
        for (JsonNode u : entities.get("urls")) {
            assertEquals(u.get("url").asText(), slice(text, u.get("indices")), where);
            assertTrue(u.get("url").asText().matches("https://t\\.co/[A-Za-z0-9]{10}"), where);
        }
        if (tweet.has("extended_entities")) {
            JsonNode media = tweet.get("extended_entities").get("media");
            assertEquals(1, entities.get("media").size(), where + ": entities.media holds the first item only");
            assertEquals("photo", entities.get("media").get(0).get("type").asText(), where);
            assertEquals(media.get(0).get("id_str").asText(), entities.get("media").get(0).get("id_str").asText(), where);
            String tco = media.get(0).get("url").asText();
            for (JsonNode m : media) {
                assertEquals(tco, m.get("url").asText(), where + ": one t.co for all media");
                int end = m.get("indices").get(1).asInt();
                if (end <= codePoints(text)) {
                    assertEquals(tco, slice(text, m.get("indices")), where);
                } else {
                    assertTrue(text.endsWith("\u2026") && text.startsWith("RT @"),
                            where + ": media link past the end only in cut retweets");
                }
            }
        } else {
            assertTrue(!entities.has("media"), where);
        }
    }
}
