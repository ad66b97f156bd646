package dev.fledge.xarchive.posts;

import dev.fledge.model.LinkEntity;
import dev.fledge.model.MediaKind;
import dev.fledge.model.Post;
import dev.fledge.model.PostKind;
import dev.fledge.model.PostMedia;
import dev.fledge.model.PostOrigin;
import dev.fledge.model.RetweetSource;
import dev.fledge.model.SourceApp;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.fledge.xarchive.posts.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Classic archives (FORMAT.md §6): numeric ids above 2^53, other date format, nested retweets, tweets.csv. */
class GrailbirdTest {

    private static final String USER = """
            "user" : { "name" : "Brenden Gerelle", "screen_name" : "brenden_gerelle", "protected" : true, "id_str" : "854994858712354816", "id" : 854994858712354816, "verified" : false }""";

    private static final String PHOTO = """
            { "source" : "\\u003Ca href=\\"http:\\/\\/twitter.com\\" rel=\\"nofollow\\"\\u003ETwitter Web Client\\u003C\\/a\\u003E",
              "entities" : { "user_mentions" : [ ], "hashtags" : [ ], "urls" : [ ],
                "media" : [ { "expanded_url" : "https:\\/\\/twitter.com\\/brenden_gerelle\\/status\\/1093759878970040320\\/photo\\/1",
                  "indices" : [ 0, 23 ], "url" : "https:\\/\\/t.co\\/QPywUw51Y9", "media_url_https" : "https:\\/\\/pbs.twimg.com\\/media\\/Dy3Qz7UUcAI5g-O.jpg",
                  "id_str" : "1093759875035721730", "id" : 1093759875035721730,
                  "sizes" : [ { "h" : 150, "resize" : "crop", "w" : 150 }, { "h" : 360, "resize" : "fit", "w" : 480 }, { "h" : 1000, "resize" : "fit", "w" : 2000 } ],
                  "media_alt" : "a cat on a keyboard", "display_url" : "pic.twitter.com\\/QPywUw51Y9" } ] },
              "geo" : { }, "id_str" : "1093759878970040320", "text" : "https:\\/\\/t.co\\/QPywUw51Y9", "id" : 1093759878970040320,
              "created_at" : "2019-02-08 06:34:10 +0000", %s }""".formatted(USER);

    private static final String REPLY = """
            { "entities" : { "user_mentions" : [ { "name" : "Cryptonector, LLC", "screen_name" : "cryptonector", "indices" : [ 0, 13 ], "id_str" : "381284047", "id" : 381284047 } ],
                             "media" : [ ], "hashtags" : [ ], "urls" : [ ] },
              "in_reply_to_status_id_str" : "119256479617392640", "geo" : { "type" : "Point", "coordinates" : [ 42.00120097, -70.71925455 ] },
              "id_str" : "119261352408788992", "in_reply_to_user_id" : 381284047,
              "text" : "@cryptonector oh, you work at Oracle? I think we have to knife fight now :)", "id" : 119261352408788992,
              "in_reply_to_status_id" : 119256479617392640, "created_at" : "2011-09-29 04:04:56 +0000", "in_reply_to_screen_name" : "cryptonector",
              "in_reply_to_user_id_str" : "381284047", %s }""".formatted(USER);

    private static final String RETWEET = """
            { "entities" : { "user_mentions" : [ { "name" : "Someone", "screen_name" : "someone", "indices" : [ 3, 11 ], "id_str" : "2991245956", "id" : 2991245956 } ],
                             "media" : [ ], "hashtags" : [ ], "urls" : [ ] },
              "id_str" : "879920821740879873", "id" : 879920821740879873, "created_at" : "2017-06-28 04:34:06 +0000",
              "text" : "RT @someone: the original words",
              "retweeted_status" : { "id_str" : "879282207365443586", "id" : 879282207365443586, "created_at" : "2017-06-26 10:00:00 +0000",
                "text" : "the original words", "user" : { "screen_name" : "someone", "id_str" : "2991245956", "id" : 2991245956 } },
              %s }""".formatted(USER);

    @Test
    void monthFileRowsWithNumericIdsAboveTwoToTheFiftyThird() {
        Fixtures.Collected c = Fixtures.collect(new FakeArchive(), null, col -> {
            for (String row : List.of(PHOTO, REPLY, RETWEET)) {
                col.addTweet(json(row), PostOrigin.TWEETS, "data/js/tweets/2019_02.js");
            }
        });
        assertEquals(List.of("119261352408788992", "879920821740879873", "1093759878970040320"),
                c.posts().stream().map(Post::id).toList());

        Post photo = c.byId("1093759878970040320");
        assertEquals(Instant.parse("2019-02-08T06:34:10Z"), photo.createdAt());
        assertEquals("", photo.text());
        PostMedia media = photo.media().get(0);
        assertEquals("1093759875035721730", media.id(), "never read through a double");
        assertEquals(MediaKind.PHOTO, media.kind());
        assertEquals(2000, media.width());
        assertEquals(1000, media.height());
        assertEquals("a cat on a keyboard", media.altText());
        assertNull(media.archivePath());
        assertEquals(new SourceApp("Twitter Web Client", "http://twitter.com"), photo.sourceApp());
        assertNull(photo.likeCount());
        assertEquals("https://x.com/brenden_gerelle/status/1093759878970040320", photo.url(),
                "the owner comes from the rows' user object");

        Post reply = c.byId("119261352408788992");
        assertEquals(PostKind.REPLY, reply.kind());
        assertEquals("119256479617392640", reply.replyTo().postId());
        assertEquals("cryptonector", reply.replyTo().screenName());

        Post retweet = c.byId("879920821740879873");
        assertEquals(PostKind.RETWEET, retweet.kind());
        assertEquals(new RetweetSource("someone", "2991245956", false, "879282207365443586",
                "https://x.com/someone/status/879282207365443586"), retweet.retweetOf());
        assertEquals("brenden_gerelle", c.directory().byId("854994858712354816").orElseThrow().screenName());
    }

    @Test
    void csvRowsWhenThereAreNoMonthFiles() {
        Map<String, String> link = row("1093791097401139200", "", "", "2019-02-08 08:38:13 +0000",
                "<a href=\"http://twitter.com\" rel=\"nofollow\">Twitter Web Client</a>",
                "https://t.co/tbpwNdpGha\nIs the person the same one when they wake up? a & b <c>", "", "", "",
                "https://en.wikipedia.org/wiki/Deep_hypothermic_circulatory_arrest");
        Map<String, String> retweet = row("1093759840894087171", "", "", "2019-02-08 06:34:01 +0000", "web",
                "RT @someone: words that were cut…", "1093000000000000000", "2991245956", "2019-02-07 06:34:01 +0000", "");
        Map<String, String> selfReply = row("1093759840894087172", "1093759840894087171", "854994858712354816",
                "2019-02-08 06:35:01 +0000", "web", "and https://t.co/aaa https://t.co/bbb", "", "", "",
                "https://example.com/a,b,https://twitter.com/x/status/5");
        Fixtures.Collected c = Fixtures.collect(new FakeArchive(), "854994858712354816", col -> {
            col.addCsvTweet(link, "tweets.csv");
            col.addCsvTweet(retweet, "tweets.csv");
            col.addCsvTweet(selfReply, "tweets.csv");
        });
        Post first = c.byId("1093791097401139200");
        assertEquals("https://en.wikipedia.org/wiki/Deep_hypothermic_circulatory_arrest\nIs the person the same one when they wake up? a & b <c>",
                first.text(), "csv text is not escaped");
        LinkEntity entity = first.entities().links().get(0);
        assertEquals(0, entity.start());
        assertEquals("https://t.co/tbpwNdpGha", entity.url());
        assertEquals("en.wikipedia.org/wiki/Deep_hypo…", entity.displayUrl(), "as X shortens it");
        assertEquals(PostKind.POST, first.kind());

        Post rt = c.byId("1093759840894087171");
        assertEquals(new RetweetSource("someone", "2991245956", true, "1093000000000000000",
                "https://x.com/someone/status/1093000000000000000"), rt.retweetOf());

        Post reply = c.byId("1093759840894087172");
        assertEquals(PostKind.REPLY, reply.kind());
        assertTrue(reply.replyTo().self());
        assertEquals("and https://example.com/a,b https://twitter.com/x/status/5", reply.text());
        assertEquals("https://x.com/x/status/5", reply.quotedUrl());
        assertEquals(1, c.counts().selfReplies());
    }

    private static Map<String, String> row(String... values) {
        String[] names = {"tweet_id", "in_reply_to_status_id", "in_reply_to_user_id", "timestamp", "source", "text",
                "retweeted_status_id", "retweeted_status_user_id", "retweeted_status_timestamp", "expanded_urls"};
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            row.put(names[i], values[i]);
        }
        return row;
    }
}
