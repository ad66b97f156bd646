package dev.fledge.xarchive.posts;

import dev.fledge.model.LinkEntity;
import dev.fledge.model.MentionEntity;
import dev.fledge.model.Post;
import dev.fledge.model.PostOrigin;
import dev.fledge.model.StyleRange;
import dev.fledge.model.TagEntity;
import dev.fledge.model.TextStyle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.fledge.xarchive.posts.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Long posts (FORMAT.md §5.4): joined by creation second and snowflake proximity, text raw, entities rebuilt. */
class NoteTweetTest {

    /** From note-tweet.2024-11.js; its tweet is 13 ms after it. */
    private static final String NOTE_A = """
            { "noteTweetId" : "1752243867372396544", "updatedAt" : "2024-01-30T08:14:27.000Z", "createdAt" : "2024-01-30T08:14:27.000Z",
              "core" : { "styletags" : [ ], "urls" : [ ], "mentions" : [ ], "cashtags" : [ ],
                "text" : "2/100 #100DaysOfCode 👨‍💻\\n\\n- Revisar PRs: trabajo (casi) terminado >> trabajo WIP\\n- Programar un rato",
                "hashtags" : [ { "text" : "100DaysOfCode", "fromIndex" : "6", "toIndex" : "20" } ] } }""";

    /** Made up: 100 ms after note A's second starts over, with a mention, a link and a bold range (UTF-16 units). */
    private static final String NOTE_B = """
            { "noteTweetId" : "1752243869048635393", "createdAt" : "2024-01-30T08:14:28.000Z",
              "core" : { "text" : "💿💿💿 hi @bob see https://t.co/xyz now",
                "mentions" : [ { "screenName" : "bob", "fromIndex" : "7", "toIndex" : "11" } ],
                "urls" : [ { "shortUrl" : "https://t.co/xyz", "expandedUrl" : "https://example.com/x", "displayUrl" : "example.com/x", "fromIndex" : "16", "toIndex" : "32" } ],
                "styletags" : [ { "styleTypes" : [ { "value" : "0", "name" : "Bold", "originalName" : "BOLD", "annotations" : { } } ], "fromIndex" : "36", "toIndex" : "39" },
                                { "styleTypes" : [ { "value" : "1", "name" : "Italic", "originalName" : "ITALIC" }, { "value" : "0", "name" : "Bold" } ], "fromIndex" : "7", "toIndex" : "9" } ] } }""";

    private static final String NOTE_UNMATCHED = """
            { "noteTweetId" : "1832018453542117376", "createdAt" : "2024-09-06T11:30:11.000Z",
              "core" : { "text" : "no tweet for me", "urls" : [ ], "mentions" : [ ], "hashtags" : [ ], "cashtags" : [ ] } }""";

    private static final String TWEET_A = """
            { "id_str" : "1752243867426926637", "created_at" : "Tue Jan 30 08:14:27 +0000 2024", "favorite_count" : "7",
              "full_text" : "2/100 #100DaysOfCode 👨‍💻\\n\\n- Revisar PRs: trabajo (casi) terminado &gt;&gt; trabajo WIP\\n-…",
              "entities" : { "hashtags" : [ { "text" : "100DaysOfCode", "indices" : [ "6", "20" ] } ] } }""";

    /** 5 ms before note A: nearer in absolute terms than TWEET_A, but before the note. */
    private static final String BEFORE = """
            { "id_str" : "1752243867349942279", "created_at" : "Tue Jan 30 08:14:27 +0000 2024", "full_text" : "thread part 1", "entities" : { } }""";

    /** 300 ms after note A, in the next second, 100 ms before note B. */
    private static final String AFTER = """
            { "id_str" : "1752243868629205001", "created_at" : "Tue Jan 30 08:14:28 +0000 2024", "full_text" : "thread part 3", "entities" : { } }""";

    private static final String TWEET_B = """
            { "id_str" : "1752243869132521474", "created_at" : "Tue Jan 30 08:14:28 +0000 2024",
              "full_text" : "💿💿💿 hi @bob see https://t.co/xyz now",
              "entities" : { "user_mentions" : [ { "screen_name" : "Bob", "indices" : [ "7", "11" ], "id_str" : "42" } ],
                             "urls" : [ { "url" : "https://t.co/xyz", "expanded_url" : "https://example.com/x", "indices" : [ "16", "32" ] } ] } }""";

    private static Fixtures.Collected run() {
        return Fixtures.collect(new FakeArchive(), Fixtures.OWNER_ID, c -> {
            c.addNoteTweet(json(NOTE_A), "data/note-tweet.js");
            c.addNoteTweet(json(NOTE_B), "data/note-tweet.js");
            c.addNoteTweet(json(NOTE_UNMATCHED), "data/note-tweet.js");
            for (String row : List.of(TWEET_B, AFTER, TWEET_A, BEFORE)) {
                c.addTweet(json(row), PostOrigin.TWEETS, "data/tweets.js");
            }
        });
    }

    @Test
    void noteJoinsTheNearestTweetAfterItAndKeepsItsRawText() {
        Fixtures.Collected c = run();
        Post a = c.byId("1752243867426926637");
        assertTrue(a.longPost());
        assertEquals("2/100 #100DaysOfCode 👨‍💻\n\n- Revisar PRs: trabajo (casi) terminado >> trabajo WIP\n- Programar un rato",
                a.text(), "note text is not HTML-escaped and must not be unescaped");
        assertEquals(List.of(new TagEntity(6, 20, "100DaysOfCode")), a.entities().hashtags());
        assertEquals(7L, a.likeCount(), "the rest comes from the tweet");
        assertFalse(c.byId("1752243867349942279").longPost());
        assertFalse(c.byId("1752243868629205001").longPost());
        assertEquals("thread part 3", c.byId("1752243868629205001").text());
    }

    @Test
    void noteEntitiesAreRebuiltAndStylesMappedIntoThePlainText() {
        Post b = run().byId("1752243869132521474");
        assertTrue(b.longPost());
        assertEquals("💿💿💿 hi @bob see https://example.com/x now", b.text());
        assertEquals(List.of(new MentionEntity(10, 14, "42", "bob")), b.entities().mentions(),
                "the user id comes from the tweet's own mention");
        assertEquals(List.of(new LinkEntity(19, 40, "https://t.co/xyz", "https://example.com/x", "example.com/x")),
                b.entities().links());
        assertEquals(List.of(new StyleRange(7, 9, List.of(TextStyle.BOLD, TextStyle.ITALIC)),
                new StyleRange(41, 44, List.of(TextStyle.BOLD))), b.styles());
        assertEquals("now", b.text().substring(41, 44));
        assertEquals("hi", b.text().substring(7, 9));
    }

    @Test
    void unmatchedNotesAreCountedWithoutWarnings() {
        Fixtures.Collected c = run();
        assertEquals(3, c.counts().noteTweets());
        assertEquals(4, c.counts().posts());
        assertEquals(0, c.warnings().size());
        assertEquals(List.of("1752243867349942279", "1752243867426926637", "1752243868629205001", "1752243869132521474"),
                c.posts().stream().map(Post::id).toList(), "oldest first, ties by id");
    }
}
