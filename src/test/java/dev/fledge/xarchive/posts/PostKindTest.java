package dev.fledge.xarchive.posts;

import dev.fledge.model.Post;
import dev.fledge.model.PostCounts;
import dev.fledge.model.PostKind;
import dev.fledge.model.ReplyTarget;
import dev.fledge.model.RetweetSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.fledge.xarchive.posts.Fixtures.tweets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retweets, replies, quotes (FORMAT.md §5.3.4) and what they tell the account directory. */
class PostKindTest {

    @Test
    void truncatedRetweetFromTheRtPrefix() {
        Post post = tweets("""
                { "id_str" : "1855222380982907193", "created_at" : "Sat Nov 09 12:14:18 +0000 2024", "retweeted" : false,
                  "full_text" : "RT @notasintel: #DANA\\n\\nUn amigo me pasa este fragmento del botánico Antonio José de Cavanilles [1745-1804] escrito en siglo XVIII que nombr…",
                  "entities" : { "hashtags" : [ { "text" : "DANA", "indices" : [ "16", "21" ] } ],
                                 "user_mentions" : [ { "name" : "N", "screen_name" : "notasintel", "indices" : [ "3", "14" ], "id_str" : "1636359069878431746" } ] } }""")
                .only();
        assertEquals(PostKind.RETWEET, post.kind());
        assertEquals(new RetweetSource("notasintel", "1636359069878431746", true, null, null), post.retweetOf());
        assertNull(post.replyTo());
    }

    @Test
    void retweetOfADeletedAccountWithForeignMediaKnowsTheOriginalPost() {
        // tweets.2025-01.js: mention id -1, media with source_status_id
        Post post = tweets("""
                { "id_str" : "1666864587348508674", "created_at" : "Thu Jun 08 17:47:41 +0000 2023",
                  "full_text" : "RT @starlightzoneee: sega sonic bros https://t.co/gSQzc07Gmx",
                  "entities" : { "user_mentions" : [ { "name" : "", "screen_name" : "starlightzoneee", "indices" : [ "3", "19" ], "id_str" : "-1", "id" : "-1" } ] },
                  "extended_entities" : { "media" : [ {
                    "expanded_url" : "https://x.com/starlightzoneee/status/1666853579511017488/photo/1",
                    "source_status_id" : "1666853579511017488", "source_status_id_str" : "1666853579511017488",
                    "source_user_id_str" : "1603439477493473287", "indices" : [ "37", "60" ], "url" : "https://t.co/gSQzc07Gmx",
                    "id_str" : "1666853509017350159", "media_url_https" : "https://pbs.twimg.com/media/FyHab2GXsA8SUby.png", "type" : "photo" } ] } }""")
                .only();
        assertEquals(new RetweetSource("starlightzoneee", null, false, "1666853579511017488",
                "https://x.com/starlightzoneee/status/1666853579511017488"), post.retweetOf());
        assertEquals("RT @starlightzoneee: sega sonic bros", post.text());
        assertEquals("1666853579511017488", post.media().get(0).sourcePostId());
    }

    @Test
    void replyWithoutScreenNameAndSelfReply() {
        Fixtures.Collected c = tweets("""
                { "id_str" : "1494366048480632835", "created_at" : "Thu Feb 17 17:40:04 +0000 2022",
                  "in_reply_to_status_id_str" : "1494364312684711941", "in_reply_to_status_id" : "1494364312684711941",
                  "in_reply_to_user_id" : "1387811267591684100", "in_reply_to_user_id_str" : "1387811267591684100",
                  "full_text" : "@retroshaffer speed", "entities" : { } }""", """
                { "id_str" : "1494366048480632900", "created_at" : "Thu Feb 17 17:41:04 +0000 2022",
                  "in_reply_to_status_id_str" : "1494366048480632835", "in_reply_to_user_id_str" : "52338276",
                  "in_reply_to_screen_name" : "alrocar", "full_text" : "and more", "entities" : { } }""");
        Post reply = c.byId("1494366048480632835");
        assertEquals(PostKind.REPLY, reply.kind());
        assertEquals(new ReplyTarget("1494364312684711941", "1387811267591684100", null, false), reply.replyTo());
        Post self = c.byId("1494366048480632900");
        assertTrue(self.replyTo().self());
        PostCounts counts = c.counts();
        assertEquals(2, counts.replies());
        assertEquals(1, counts.selfReplies());
        assertEquals("alrocar", c.directory().byId("52338276").orElseThrow().screenName());
        assertEquals("https://x.com/alrocar/status/1494366048480632900", self.url(),
                "the owner's name is known from the self-reply");
    }

    @Test
    void mentionFirstTweetWithoutStatusIdIsNotAReply() {
        // tweets.2022-11.mention-not-reply.js
        Fixtures.Collected c = tweets("""
                { "id_str" : "1381525267932401665", "created_at" : "Mon Apr 12 08:31:06 +0000 2021",
                  "in_reply_to_user_id" : "36617408", "in_reply_to_user_id_str" : "36617408", "in_reply_to_screen_name" : "cyberport_de",
                  "full_text" : "@cyberport_de Ich versuche seit 18. März vergeblich eine Retour abzuschließen.",
                  "entities" : { "user_mentions" : [ { "name" : "Cyberport GmbH", "screen_name" : "cyberport_de", "indices" : [ "0", "13" ], "id_str" : "36617408" } ] } }""");
        Post post = c.only();
        assertEquals(PostKind.POST, post.kind());
        assertNull(post.replyTo());
        assertEquals(0, c.counts().replies());
        assertEquals(Optional.of("36617408"), c.directory().byScreenName("Cyberport_DE").map(e -> e.id()));
    }

    @Test
    void quoteFromATrailingStatusLinkOnXcomWithQuery() {
        Post post = tweets("""
                { "id_str" : "1859697493283602664", "created_at" : "Thu Nov 21 20:36:48 +0000 2024",
                  "full_text" : "praying this gets dumped https://t.co/hiUeic3Pt8",
                  "entities" : { "urls" : [ { "url" : "https://t.co/hiUeic3Pt8", "expanded_url" : "https://mobile.x.com/Jackbotnik/status/1859689068457754659?s=20",
                                             "display_url" : "x.com/Jackbotnik/sta…", "indices" : [ "25", "48" ] } ] } }""")
                .only();
        assertEquals(PostKind.QUOTE, post.kind());
        assertEquals("https://x.com/Jackbotnik/status/1859689068457754659", post.quotedUrl());
        assertEquals("praying this gets dumped https://mobile.x.com/Jackbotnik/status/1859689068457754659?s=20",
                post.text());
    }

    @Test
    void replyThatQuotesStaysAReply() {
        Fixtures.Collected c = tweets("""
                { "id_str" : "1712845356000485462", "created_at" : "Fri Oct 13 14:58:50 +0000 2023",
                  "in_reply_to_status_id_str" : "1712845356000485000", "in_reply_to_user_id_str" : "99", "in_reply_to_screen_name" : "someone",
                  "full_text" : "@someone look https://t.co/yJcplUtlpa",
                  "entities" : { "user_mentions" : [ { "screen_name" : "someone", "indices" : [ "0", "8" ], "id_str" : "99" } ],
                                 "urls" : [ { "url" : "https://t.co/yJcplUtlpa", "expanded_url" : "https://twitter.com/tinybirdco/status/1712831962212077889", "indices" : [ "14", "37" ] } ] } }""");
        Post post = c.only();
        assertEquals(PostKind.REPLY, post.kind());
        assertEquals("https://x.com/tinybirdco/status/1712831962212077889", post.quotedUrl());
        assertEquals(1, c.counts().quotes());
        assertEquals(1, c.counts().replies());
    }

    @Test
    void linksThatAreNotTrailingStatusLinksAreNotQuotes() {
        Fixtures.Collected c = tweets("""
                { "id_str" : "1838601509098926134", "created_at" : "Tue Sep 24 15:28:53 +0000 2024",
                  "full_text" : "Live now https://t.co/oZwQzRKcDr",
                  "entities" : { "urls" : [ { "url" : "https://t.co/oZwQzRKcDr", "expanded_url" : "https://x.com/i/broadcasts/1djGXrwWVejxZ", "indices" : [ "9", "32" ] } ] } }""", """
                { "id_str" : "1838601509098926135", "created_at" : "Tue Sep 24 15:28:54 +0000 2024",
                  "full_text" : "see https://t.co/aaaaaaaaaa and more",
                  "entities" : { "urls" : [ { "url" : "https://t.co/aaaaaaaaaa", "expanded_url" : "https://twitter.com/a/status/1", "indices" : [ "4", "27" ] } ] } }""", """
                { "id_str" : "1838601509098926136", "created_at" : "Tue Sep 24 15:28:55 +0000 2024",
                  "full_text" : "long post… https://t.co/bbbbbbbbbb",
                  "entities" : { "urls" : [ { "url" : "https://t.co/bbbbbbbbbb", "expanded_url" : "https://twitter.com/i/web/status/1838601509098926136", "indices" : [ "11", "34" ] } ] } }""");
        for (Post post : c.posts()) {
            assertEquals(PostKind.POST, post.kind(), post.id());
            assertNull(post.quotedUrl());
        }
        assertEquals(0, c.counts().quotes());
    }

    @Test
    void statusUrlRecognition() {
        assertEquals("https://x.com/a_b/status/123", StatusUrls.parse("http://www.twitter.com/a_b/statuses/123").canonicalUrl());
        assertEquals("https://x.com/A/status/5", StatusUrls.parse("https://X.com/A/status/5?t=x&s=19").canonicalUrl());
        assertEquals("https://x.com/A/status/5", StatusUrls.parse("https://twitter.com/A/status/5/").canonicalUrl());
        assertNull(StatusUrls.parse("https://twitter.com/A/status/5/photo/1"));
        assertEquals("5", StatusUrls.parsePrefix("https://twitter.com/A/status/5/photo/1").postId());
        assertNull(StatusUrls.parse("https://nottwitter.com/A/status/5"));
        assertNull(StatusUrls.parse("https://twitter.com/A/likes"));
        assertNull(StatusUrls.parse("https://twitter.com/A/status/"));
        assertFalse(StatusUrls.parse("https://x.com/A/status/1") == null);
    }
}
