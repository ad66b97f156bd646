package dev.fledge.xarchive.posts;

import dev.fledge.model.LinkEntity;
import dev.fledge.model.MentionEntity;
import dev.fledge.model.Post;
import dev.fledge.model.TagEntity;
import org.junit.jupiter.api.Test;

import static dev.fledge.xarchive.posts.Fixtures.slice;
import static dev.fledge.xarchive.posts.Fixtures.tweets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text and entity offsets (FORMAT.md §5.3.5): code points over the escaped text in, UTF-16 over plain text out. */
class PostTextTest {

    /** ZWJ emoji, skin tone, escaped ampersands, full-width hashtag with CJK, cashtag, link and media link. */
    private static final String EVERYTHING = """
            {
              "id_str" : "1852245699527643188", "id" : "1852245699527643188",
              "created_at" : "Fri Nov 01 07:06:02 +0000 2024",
              "full_text" : "👨‍💻 &amp;&amp; 👍🏽 @bob #tag ＃東京 $ACME https://t.co/abc https://t.co/med",
              "lang" : "und",
              "entities" : {
                "user_mentions" : [ { "name" : "Bob", "screen_name" : "bob", "indices" : [ "18", "22" ], "id_str" : "42", "id" : "42" } ],
                "hashtags" : [ { "text" : "tag", "indices" : [ "23", "27" ] }, { "text" : "東京", "indices" : [ "28", "31" ] } ],
                "symbols" : [ { "text" : "ACME", "indices" : [ "32", "37" ] } ],
                "urls" : [ { "url" : "https://t.co/abc", "expanded_url" : "https://example.com/page", "display_url" : "example.com/page", "indices" : [ "38", "54" ] } ],
                "media" : [ { "url" : "https://t.co/med", "indices" : [ "55", "71" ], "type" : "photo", "id_str" : "1", "media_url_https" : "https://pbs.twimg.com/media/ONE.jpg" } ]
              },
              "extended_entities" : {
                "media" : [ { "url" : "https://t.co/med", "indices" : [ "55", "71" ], "type" : "photo", "id_str" : "1", "media_url_https" : "https://pbs.twimg.com/media/ONE.jpg" } ]
              }
            }""";

    @Test
    void entityOffsetsAreUtf16UnitsIntoThePlainText() {
        Post post = tweets(EVERYTHING).only();
        assertEquals("👨‍💻 && 👍🏽 @bob #tag ＃東京 $ACME https://example.com/page", post.text());
        MentionEntity mention = post.entities().mentions().get(0);
        assertEquals(new MentionEntity(14, 18, "42", "bob"), mention);
        assertEquals(new TagEntity(19, 23, "tag"), post.entities().hashtags().get(0));
        assertEquals(new TagEntity(24, 27, "東京"), post.entities().hashtags().get(1));
        assertEquals("＃東京", slice(post, 24, 27));
        assertEquals(new TagEntity(28, 33, "ACME"), post.entities().cashtags().get(0));
        assertEquals(new LinkEntity(34, 58, "https://t.co/abc", "https://example.com/page", "example.com/page"),
                post.entities().links().get(0));
        assertEquals("https://example.com/page", slice(post, 34, 58));
        assertNull(post.language(), "und means unknown");
    }

    @Test
    void ampersandEntitiesAreUnescapedExactlyOnce() {
        Post post = tweets("""
                { "id_str" : "1767461285074002429", "created_at" : "Tue Mar 12 08:03:02 +0000 2024",
                  "full_text" : "a &amp;lt; b &gt; c &lt;tag&gt; &amp;amp; &amp",
                  "entities" : { } }""").only();
        assertEquals("a &lt; b > c <tag> &amp; &amp", post.text());
    }

    @Test
    void mentionAfterAnEscapedAmpersandLandsOnTheName() {
        // from tweets.2025-01.js: the indices count "&amp;" as five code points
        Post post = tweets("""
                { "id_str" : "1767461285074002429", "created_at" : "Tue Mar 12 08:03:02 +0000 2024",
                  "full_text" : "RT @Vanished_san: Thanks to the efforts of @RAGGERTS &amp; @MentorDex my tweaked Sa2DC Super Sonic model is now a playable mod!\\n\\nThis goes over…",
                  "entities" : { "user_mentions" : [
                    { "name" : "", "screen_name" : "Vanished_san", "indices" : [ "3", "16" ], "id_str" : "-1", "id" : "-1" },
                    { "name" : "R", "screen_name" : "RAGGERTS", "indices" : [ "43", "52" ], "id_str" : "869721236590473216" },
                    { "name" : "M", "screen_name" : "MentorDex", "indices" : [ "59", "69" ], "id_str" : "1028644698473332737" } ] } }""")
                .only();
        for (MentionEntity m : post.entities().mentions()) {
            assertEquals("@" + m.screenName(), slice(post, m.start(), m.end()));
        }
        assertEquals(55, post.entities().mentions().get(2).start());
        assertNull(post.entities().mentions().get(0).userId(), "-1 is a deleted account");
    }

    @Test
    void trailingMediaLinkIsRemovedAndLinksAreExpanded() {
        Post post = tweets("""
                { "id_str" : "1852245699527643188", "created_at" : "Fri Nov 01 07:06:02 +0000 2024",
                  "full_text" : "Y en otros municipios y centros también https://t.co/JaFXve7C6r https://t.co/Cv0fEiP9Rn",
                  "entities" : { "urls" : [ { "url" : "https://t.co/JaFXve7C6r", "expanded_url" : "https://example.org/a?b=1&c=2", "display_url" : "example.org/a?b=1…", "indices" : [ "40", "63" ] } ] },
                  "extended_entities" : { "media" : [ { "url" : "https://t.co/Cv0fEiP9Rn", "indices" : [ "64", "87" ], "type" : "photo", "id_str" : "1", "media_url_https" : "https://pbs.twimg.com/media/A.jpg" } ] } }""")
                .only();
        assertEquals("Y en otros municipios y centros también https://example.org/a?b=1&c=2", post.text());
    }

    @Test
    void textThatIsOnlyAMediaLinkBecomesEmpty() {
        Post post = tweets("""
                { "id_str" : "1841071718988714381", "created_at" : "Tue Oct 01 11:04:37 +0000 2024",
                  "full_text" : "https://t.co/6TgrkfcTuR",
                  "extended_entities" : { "media" : [ { "url" : "https://t.co/6TgrkfcTuR", "indices" : [ "0", "23" ], "type" : "photo", "id_str" : "1", "media_url_https" : "https://pbs.twimg.com/media/A.jpg" } ] } }""")
                .only();
        assertEquals("", post.text());
        assertEquals(1, post.media().size());
    }

    @Test
    void misplacedIndicesAreRepairedBySearchingAndUnfindableEntitiesDroppedWithAWarning() {
        Fixtures.Collected c = tweets("""
                { "id_str" : "1852245699527643188", "created_at" : "Fri Nov 01 07:06:02 +0000 2024",
                  "full_text" : "edited by hand #Tag and @carol here",
                  "entities" : {
                    "hashtags" : [ { "text" : "tag", "indices" : [ "0", "4" ] } ],
                    "user_mentions" : [ { "screen_name" : "carol", "indices" : [ "24", "30" ], "id_str" : "7" },
                                        { "screen_name" : "dave", "indices" : [ "90", "95" ], "id_str" : "8" } ] } }""");
        Post post = c.only();
        TagEntity tag = post.entities().hashtags().get(0);
        assertEquals("#Tag", slice(post, tag.start(), tag.end()));
        assertEquals(1, post.entities().mentions().size());
        assertEquals("@carol", slice(post, 24, 30));
        assertEquals(1, c.warnings().size());
        String message = c.warnings().entries().get(0).message();
        assertTrue(message.contains("mention"), message);
        assertTrue(!message.contains("dave"), "warnings never quote archive content");
        assertEquals("data/tweets.js", c.warnings().entries().get(0).file());
    }

    @Test
    void fullWidthHashtagInJapaneseRetweetFromTheSamples() {
        // tweet.2021-06.js: CJK text, emoji, "＃三浦半島"
        Post post = tweets("""
                { "id_str" : "1393422632171687936", "created_at" : "Sat May 15 04:26:58 +0000 2021",
                  "full_text" : "RT @yasaimeijin0240: 今朝は三浦半島へ。🏝\\nニュースを見て、閉園が決まって油壺マリンパークに挨拶に来ました。🥲なんか寂しいです。#s30z #240z #油壺マリンパーク ＃三浦半島 https://t.co/p4LTakzVLa",
                  "entities" : { "hashtags" : [ { "text" : "s30z", "indices" : [ "74", "79" ] }, { "text" : "240z", "indices" : [ "80", "85" ] },
                                                { "text" : "油壺マリンパーク", "indices" : [ "86", "95" ] }, { "text" : "三浦半島", "indices" : [ "96", "101" ] } ],
                                 "user_mentions" : [ { "screen_name" : "yasaimeijin0240", "indices" : [ "3", "19" ], "id_str" : "614649340" } ] },
                  "extended_entities" : { "media" : [ { "url" : "https://t.co/p4LTakzVLa", "indices" : [ "102", "125" ], "type" : "photo", "id_str" : "1", "media_url_https" : "https://pbs.twimg.com/media/E1ZF-vVUcAACwd8.jpg" } ] } }""")
                .only();
        assertEquals(4, post.entities().hashtags().size());
        for (TagEntity tag : post.entities().hashtags()) {
            String slice = slice(post, tag.start(), tag.end());
            assertTrue(slice.endsWith(tag.text()) && (slice.startsWith("#") || slice.startsWith("＃")), slice);
        }
        assertTrue(post.text().endsWith("＃三浦半島"), "media link and the space before it are gone");
    }
}
