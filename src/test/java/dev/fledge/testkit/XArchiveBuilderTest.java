package dev.fledge.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dev.fledge.testkit.TextPart.cashtag;
import static dev.fledge.testkit.TextPart.fullWidthHashtag;
import static dev.fledge.testkit.TextPart.hashtag;
import static dev.fledge.testkit.TextPart.link;
import static dev.fledge.testkit.TextPart.mention;
import static dev.fledge.testkit.TweetChecks.codePoints;
import static dev.fledge.testkit.TweetChecks.slice;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A current (G3) archive from {@link XArchiveBuilder}: rows, indices, ids, manifest, media files and facts. */
class XArchiveBuilderTest {
    static final XUser BOB = XUser.of("2001", "bob", "Bob B");
    static final XUser CAROL = XUser.of("2002", "carol", "Carol 🌸");

    /** One of everything. */
    static XArchiveBuilder rich() {
        return XArchiveBuilder.g3()
                .account("1000", "alice", "Alice 🐦", Instant.parse("2015-03-14T09:26:53Z"))
                .profile(p -> p.bio("I post & <mute>").avatar().header())
                .post(p -> p.text("Hello 😀👨‍💻 ", mention(BOB), " & <friends> ", hashtag("news"), " ",
                        fullWidthHashtag("三浦半島"), " ", cashtag("ACME"), " ", link("https://blog.example/a/very/long/path/x"))
                        .at("2024-05-01T10:00:00.250Z").photo().photo())
                .selfReply(p -> p.text("and a video").video())
                .selfReply(p -> p.text("and a gif").gif())
                .reply(CAROL, "1785000000000000000", p -> p.text("you said <3"))
                .reply(XUser.gone("vanished"), "1785000000000000001", p -> p.text("hm").withoutReplyScreenName())
                .mentionFirst(BOB, p -> p.text("not a reply"))
                .retweet(BOB, p -> p.text("short & sweet").photo())
                .retweet(XUser.gone("ghost"), p -> p.text("😀 " + "word ".repeat(40) + "& the end").photo())
                .quote("https://twitter.com/carol/status/1785000000000000002", p -> p.text("so true"))
                .quote("https://x.com/carol/status/1785000000000000003?s=20", p -> p.text("also"))
                .longPost(p -> p.text("Long ", mention(BOB), " says > ", hashtag("long"), " " + "more words ".repeat(40),
                        link("https://long.example/read")))
                .editedPost(p -> p.text("teh typo"), p -> p.text("the typo"), p -> p.text("the typo!"))
                .deletedPost(Instant.parse("2024-06-01T00:00:00Z"), p -> p.text("oops").photo())
                .communityPost("1600000000000000000", p -> p.text("hi community"))
                .like("1780000000000000001", "liked & <kept>")
                .like("1780000000000000002")
                .follower("2001", "2002", "2003")
                .following("2001", "2002")
                .block("3001")
                .mute("4001", "4002")
                .listCreated("https://twitter.com/alice/lists/1800000000000000000")
                .listMember("https://twitter.com/bob/lists/friends")
                .listSubscribed("https://twitter.com/carol/lists/news")
                .screenNameChange(Instant.parse("2020-01-01T00:00:00Z"), "alice_old", "alice")
                .protectedHistory(Instant.parse("2021-01-01T00:00:00Z"), true)
                .dmConversation(BOB, c -> {
                    c.sent("hi <bob> & co");
                    c.received("hey").photo().reaction(c.owner(), "like");
                    c.sent("see this").link("https://x.example/1");
                })
                .groupDm(List.of(BOB, CAROL), c -> {
                    c.joined(BOB);
                    c.renamed(CAROL, "pals");
                    c.from(CAROL, "yo").gif();
                    c.left(CAROL);
                });
    }

    @Test
    void factsDescribeWhatWasAskedFor() {
        ArchiveFacts facts = rich().facts();
        assertEquals(Generation.G3, facts.generation());
        assertEquals("1000", facts.accountId());
        assertEquals("alice", facts.screenName());
        assertEquals(12, facts.posts());
        assertEquals(2, facts.retweets());
        assertEquals(4, facts.replies());
        assertEquals(2, facts.selfReplies());
        assertEquals(2, facts.quotes());
        assertEquals(1, facts.noteTweets());
        assertEquals(1, facts.editedPosts());
        assertEquals(1, facts.deletedPosts());
        assertEquals(1, facts.communityPosts());
        assertEquals(2, facts.likes());
        assertEquals(3, facts.followers());
        assertEquals(2, facts.following());
        assertEquals(1, facts.blocks());
        assertEquals(2, facts.mutes());
        assertEquals(3, facts.lists());
        assertEquals(2, facts.conversations());
        assertEquals(4, facts.directMessages());
        // 2 photos + video + gif + 2 retweet photos + deleted photo + 2 DM media + avatar + header
        assertEquals(11, facts.mediaFiles());
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), facts.firstPost());
        assertNotNull(facts.lastPost());
        assertEquals(List.of(), facts.brokenFiles());
        assertEquals(12, facts.postCounts().posts());
    }

    @Test
    void everyDataFileIsOneJsAssignmentListedInTheManifestWithItsRowCount() {
        ZipContents zip = ZipContents.of(rich().toBytes());
        JsonNode dataTypes = zip.json("data/manifest.js").get("dataTypes");
        Set<String> listed = new HashSet<>();
        dataTypes.properties().forEach(type -> {
            JsonNode entry = type.getValue();
            if (type.getKey().endsWith("Media") && !entry.has("files")) {
                assertTrue(entry.get("mediaDirectory").asText().startsWith("data/"), type.getKey());
                return;
            }
            for (JsonNode file : entry.get("files")) {
                String name = file.get("fileName").asText();
                listed.add(name);
                String text = zip.text(name);
                assertTrue(text.startsWith("window." + file.get("globalName").asText() + " = "), name);
                assertFalse(text.endsWith("\n") || text.endsWith(";"), name + ": no trailing newline or ;");
                assertTrue(file.get("count").isTextual(), name);
                assertEquals(file.get("count").asText(), Integer.toString(zip.json(name).size()), name + " count");
            }
        });
        List<String> dataFiles = zip.names("data/").stream()
                .filter(n -> n.endsWith(".js") && n.indexOf('/', 5) < 0 && !n.equals("data/manifest.js")).toList();
        assertEquals(new HashSet<>(dataFiles), listed);
        assertEquals("1", dataTypes.get("communityTweet").get("files").get(0).get("count").asText());
        assertEquals("0", dataTypes.get("app").get("files").get(0).get("count").asText());
        assertEquals("window.YTD.app.part0 = [ ]", zip.text("data/app.js"));
        assertEquals("data/tweets_media", dataTypes.get("tweets").get("mediaDirectory").asText());
        assertEquals("data/tweets_media", dataTypes.get("tweetsMedia").get("mediaDirectory").asText());
        assertEquals(dataTypes.get("tweets").get("files").get(0).get("count"),
                dataTypes.get("tweetHeaders").get("files").get(0).get("count"));
        JsonNode info = zip.json("data/manifest.js");
        assertEquals("1000", info.get("userInfo").get("accountId").asText());
        assertEquals("Alice 🐦", info.get("userInfo").get("displayName").asText());
        assertTrue(zip.text("data/manifest.js").startsWith("window.__THAR_CONFIG = {\n  \"userInfo\" : {"));
    }

    @Test
    void tweetRowsAreConsistentAndCarryEditInfo() {
        ZipContents zip = ZipContents.of(rich().toBytes());
        List<JsonNode> tweets = zip.rows("data/tweets.js", "tweet");
        assertEquals(14, tweets.size(), "12 posts, the edited one in 3 rows");
        for (JsonNode tweet : tweets) {
            TweetChecks.assertConsistent(tweet);
            assertTrue(tweet.has("edit_info"), "edit_info on every G3 row");
            assertFalse(tweet.get("retweeted").asBoolean());
            assertTrue(tweet.get("favorite_count").isTextual());
        }
        JsonNode first = tweets.get(0);
        String text = first.get("full_text").asText();
        assertTrue(text.startsWith("Hello 😀👨‍💻 @bob &amp; &lt;friends&gt; #news ＃三浦半島 $ACME https://t.co/"), text);
        assertEquals("blog.example/a/very/long/p\u2026",
                first.get("entities").get("urls").get(0).get("display_url").asText());
        assertEquals(Instant.parse("2024-05-01T10:00:00.250Z"), Snowflake.instant(first.get("id_str").asText()));
    }

    @Test
    void repliesMentionFirstPostsAndSelfThreadsHaveTheirFields() {
        List<JsonNode> tweets = ZipContents.of(rich().toBytes()).rows("data/tweets.js", "tweet");
        JsonNode thread1 = tweets.get(1);
        assertEquals(tweets.get(0).get("id_str").asText(), thread1.get("in_reply_to_status_id_str").asText());
        assertEquals("1000", thread1.get("in_reply_to_user_id_str").asText());
        assertEquals("alice", thread1.get("in_reply_to_screen_name").asText());
        assertEquals("and a video https://t.co/", thread1.get("full_text").asText().substring(0, 25));
        JsonNode reply = tweets.get(3);
        assertEquals("@carol you said &lt;3", reply.get("full_text").asText());
        assertEquals("carol", reply.get("in_reply_to_screen_name").asText());
        assertEquals("1785000000000000000", reply.get("in_reply_to_status_id").asText());
        JsonNode goneReply = tweets.get(4);
        assertFalse(goneReply.has("in_reply_to_screen_name"));
        assertEquals("-1", goneReply.get("in_reply_to_user_id").asText());
        JsonNode mentionFirst = tweets.get(5);
        assertFalse(mentionFirst.has("in_reply_to_status_id"));
        assertEquals("2001", mentionFirst.get("in_reply_to_user_id_str").asText());
        assertEquals("bob", mentionFirst.get("in_reply_to_screen_name").asText());
    }

    @Test
    void retweetsAreCutToTheLegacy140Characters() {
        List<JsonNode> tweets = ZipContents.of(rich().toBytes()).rows("data/tweets.js", "tweet");
        JsonNode shortRetweet = tweets.get(6);
        assertTrue(shortRetweet.get("full_text").asText().startsWith("RT @bob: short &amp; sweet https://t.co/"));
        JsonNode media = shortRetweet.get("extended_entities").get("media").get(0);
        assertTrue(media.get("expanded_url").asText().startsWith("https://twitter.com/bob/status/"));
        assertEquals("2001", media.get("source_user_id_str").asText());
        assertEquals(media.get("source_status_id").asText(), media.get("source_status_id_str").asText());
        JsonNode cut = tweets.get(7);
        String text = cut.get("full_text").asText();
        String visible = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        assertEquals(140, codePoints(visible));
        assertTrue(text.startsWith("RT @ghost: 😀 word"));
        assertTrue(text.endsWith("\u2026"));
        JsonNode ghost = cut.get("entities").get("user_mentions").get(0);
        assertEquals("-1", ghost.get("id").asText());
        assertEquals("", ghost.get("name").asText());
    }

    @Test
    void quotesEndWithTheStatusLink() {
        List<JsonNode> tweets = ZipContents.of(rich().toBytes()).rows("data/tweets.js", "tweet");
        for (int i : new int[]{8, 9}) {
            JsonNode url = tweets.get(i).get("entities").get("urls").get(0);
            assertTrue(tweets.get(i).get("full_text").asText().endsWith(url.get("url").asText()));
            assertTrue(url.get("expanded_url").asText().matches("https://(twitter|x)\\.com/carol/status/\\d+.*"));
        }
        assertEquals("https://x.com/carol/status/1785000000000000003?s=20",
                tweets.get(9).get("entities").get("urls").get(0).get("expanded_url").asText());
    }

    @Test
    void longPostsHaveANoteWithTheWholeRawText() {
        ZipContents zip = ZipContents.of(rich().toBytes());
        JsonNode tweet = zip.rows("data/tweets.js", "tweet").get(10);
        List<JsonNode> notes = zip.rows("data/note-tweet.js", "noteTweet");
        assertEquals(1, notes.size());
        JsonNode note = notes.get(0);
        String tweetText = tweet.get("full_text").asText();
        assertTrue(tweetText.endsWith("\u2026"), tweetText);
        assertTrue(tweetText.contains("says &gt; #long"));
        String core = note.get("core").get("text").asText();
        assertTrue(core.startsWith("Long @bob says > #long more words"), "raw, not escaped");
        assertTrue(codePoints(core) > 280);
        long gap = Snowflake.instant(tweet.get("id_str").asText()).toEpochMilli()
                - Snowflake.instant(note.get("noteTweetId").asText()).toEpochMilli();
        assertTrue(gap >= 13 && gap <= 41, "note id 13-41 ms before the tweet: " + gap);
        assertEquals(ArchiveJson.isoMillis(Instant.from(TweetChecks.TWITTER_DATE.parse(tweet.get("created_at").asText()))),
                note.get("createdAt").asText());
        JsonNode mention = note.get("core").get("mentions").get(0);
        assertEquals("@bob", slice(core, mention.get("fromIndex").asInt(), mention.get("toIndex").asInt()));
        JsonNode tag = note.get("core").get("hashtags").get(0);
        assertEquals("#long", slice(core, tag.get("fromIndex").asInt(), tag.get("toIndex").asInt()));
        JsonNode url = note.get("core").get("urls").get(0);
        assertEquals(url.get("shortUrl").asText(), slice(core, url.get("fromIndex").asInt(), url.get("toIndex").asInt()));
        assertEquals(0, tweet.get("entities").get("urls").size(), "the link was cut off the tweet row");
    }

    @Test
    void editChainsLinkEveryVersion() {
        List<JsonNode> tweets = ZipContents.of(rich().toBytes()).rows("data/tweets.js", "tweet");
        JsonNode initial = tweets.get(11).get("edit_info").get("initial");
        List<String> ids = List.of(tweets.get(11).get("id_str").asText(), tweets.get(12).get("id_str").asText(),
                tweets.get(13).get("id_str").asText());
        assertEquals(ids, texts(initial.get("editTweetIds")));
        assertEquals("3", initial.get("editsRemaining").asText());
        for (int i : new int[]{12, 13}) {
            JsonNode edit = tweets.get(i).get("edit_info").get("edit");
            assertEquals(ids.get(0), edit.get("initialTweetId").asText());
            assertEquals(ids, texts(edit.get("editControlInitial").get("editTweetIds")));
        }
        assertEquals("the typo!", tweets.get(13).get("full_text").asText());
        JsonNode single = tweets.get(0).get("edit_info").get("initial");
        assertEquals(List.of(tweets.get(0).get("id_str").asText()), texts(single.get("editTweetIds")));
        assertEquals("5", single.get("editsRemaining").asText());
    }

    @Test
    void everyMediaEntityHasItsFileNamedAfterTheTweet() {
        ZipContents zip = ZipContents.of(rich().toBytes());
        Set<String> expected = new HashSet<>();
        for (JsonNode tweet : zip.rows("data/tweets.js", "tweet")) {
            if (!tweet.has("extended_entities")) {
                continue;
            }
            for (JsonNode m : tweet.get("extended_entities").get("media")) {
                String url = m.get("media_url_https").asText();
                if (m.has("video_info")) {
                    JsonNode best = null;
                    for (JsonNode v : m.get("video_info").get("variants")) {
                        if (v.has("bitrate") && (best == null || v.get("bitrate").asLong() > best.get("bitrate").asLong())) {
                            best = v;
                        }
                    }
                    url = best.get("url").asText().replaceFirst("\\?.*", "");
                }
                String base = url.substring(url.lastIndexOf('/') + 1);
                expected.add("data/tweets_media/" + tweet.get("id_str").asText() + "-" + base);
            }
        }
        assertEquals(expected, new HashSet<>(zip.names("data/tweets_media/")));
        assertEquals(6, expected.size());
        for (String name : expected) {
            byte[] bytes = zip.bytes(name);
            if (name.endsWith(".jpg")) {
                assertArrayEquals(StandInMedia.JPEG, bytes);
            } else {
                assertEquals("ftyp", new String(bytes, 4, 4));
            }
        }
        JsonNode deleted = zip.rows("data/deleted-tweets.js", "tweet").get(0);
        String photo = deleted.get("extended_entities").get("media").get(0).get("media_url_https").asText();
        assertTrue(zip.has("data/deleted_tweets_media/" + deleted.get("id_str").asText() + "-"
                + photo.substring(photo.lastIndexOf('/') + 1)));
        JsonNode profile = zip.rows("data/profile.js", "profile").get(0);
        String avatar = profile.get("avatarMediaUrl").asText();
        assertTrue(zip.has("data/profile_media/1000-" + avatar.substring(avatar.lastIndexOf('/') + 1)));
        String header = profile.get("headerMediaUrl").asText();
        assertTrue(zip.has("data/profile_media/1000-" + header.substring(header.lastIndexOf('/') + 1) + ".jpg"));
    }

    @Test
    void headersDeletedAndCommunityRows() {
        ZipContents zip = ZipContents.of(rich().toBytes());
        List<JsonNode> tweets = zip.rows("data/tweets.js", "tweet");
        List<JsonNode> headers = zip.rows("data/tweet-headers.js", "tweet");
        assertEquals(tweets.size(), headers.size());
        for (int i = 0; i < tweets.size(); i++) {
            assertEquals(tweets.get(i).get("id_str").asText(), headers.get(i).get("tweet_id").asText());
            assertEquals(tweets.get(i).get("created_at").asText(), headers.get(i).get("created_at").asText());
            assertEquals("1000", headers.get(i).get("user_id").asText());
        }
        JsonNode deleted = zip.rows("data/deleted-tweets.js", "tweet").get(0);
        assertEquals("Sat Jun 01 00:00:00 +0000 2024", deleted.get("deleted_at").asText());
        assertFalse(deleted.has("lang"));
        assertEquals(deleted.get("id_str").asText(),
                zip.rows("data/deleted-tweet-headers.js", "tweet").get(0).get("tweet_id").asText());
        JsonNode community = zip.rows("data/community-tweet.js", "tweet").get(0);
        assertEquals("1600000000000000000", community.get("community_id_str").asText());
        assertFalse(community.get("scopes").get("followers").asBoolean());
    }

    @Test
    void likesPeopleListsAndAccountFiles() {
        ZipContents zip = ZipContents.of(rich().toBytes());
        List<JsonNode> likes = zip.rows("data/like.js", "like");
        assertEquals("liked &amp; &lt;kept&gt;", likes.get(0).get("fullText").asText());
        assertFalse(likes.get(1).has("fullText"));
        assertEquals("https://twitter.com/i/web/status/1780000000000000002", likes.get(1).get("expandedUrl").asText());
        assertEquals("3001", zip.rows("data/block.js", "blocking").get(0).get("accountId").asText());
        assertEquals("https://twitter.com/intent/user?user_id=4002",
                zip.rows("data/mute.js", "muting").get(1).get("userLink").asText());
        assertEquals(3, zip.rows("data/follower.js", "follower").size());
        assertEquals(2, zip.rows("data/following.js", "following").size());
        assertEquals("https://twitter.com/bob/lists/friends",
                zip.rows("data/lists-member.js", "userListInfo").get(0).get("url").asText());
        JsonNode change = zip.rows("data/screen-name-change.js", "screenNameChange").get(0);
        assertEquals("alice_old", change.get("screenNameChange").get("changedFrom").asText());
        assertEquals("Protect", zip.rows("data/protected-history.js", "protectedHistory").get(0).get("action").asText());
        JsonNode account = zip.rows("data/account.js", "account").get(0);
        assertEquals("2015-03-14T09:26:53.000Z", account.get("createdAt").asText());
        assertEquals("Alice 🐦", account.get("accountDisplayName").asText());
        assertEquals("I post & <mute>", zip.rows("data/profile.js", "profile").get(0).get("description").get("bio").asText());
    }

    @Test
    void directMessagesAreNewestFirstWithMediaUrlsAndReactions() {
        ZipContents zip = ZipContents.of(rich().toBytes());
        JsonNode conversation = zip.rows("data/direct-messages.js", "dmConversation").get(0);
        assertEquals("1000-2001", conversation.get("conversationId").asText());
        JsonNode messages = conversation.get("messages");
        assertEquals(3, messages.size());
        List<Instant> times = new ArrayList<>();
        messages.forEach(m -> times.add(Instant.parse(m.get("messageCreate").get("createdAt").asText())));
        assertTrue(times.get(0).isAfter(times.get(1)) && times.get(1).isAfter(times.get(2)), "newest first");
        JsonNode oldest = messages.get(2).get("messageCreate");
        assertEquals("hi &lt;bob&gt; &amp; co", oldest.get("text").asText());
        assertEquals("2001", oldest.get("recipientId").asText());
        JsonNode withPhoto = messages.get(1).get("messageCreate");
        String tco = withPhoto.get("urls").get(0).get("url").asText();
        assertEquals("hey " + tco, withPhoto.get("text").asText());
        String mediaUrl = withPhoto.get("mediaUrls").get(0).asText();
        String messageId = withPhoto.get("id").asText();
        assertTrue(mediaUrl.startsWith("https://ton.twitter.com/dm/" + messageId + "/"));
        assertEquals("https://twitter.com/messages/media/" + messageId, withPhoto.get("urls").get(0).get("expanded").asText());
        assertTrue(zip.has("data/direct_messages_media/" + messageId + "-" + mediaUrl.substring(mediaUrl.lastIndexOf('/') + 1)));
        assertEquals("like", withPhoto.get("reactions").get(0).get("reactionKey").asText());
        assertEquals("1000", withPhoto.get("reactions").get(0).get("senderId").asText());
        JsonNode header = zip.rows("data/direct-message-headers.js", "dmConversation").get(0).get("messages").get(1)
                .get("messageCreate");
        assertEquals(messageId, header.get("id").asText());
        assertFalse(header.has("text"));

        JsonNode group = zip.rows("data/direct-messages-group.js", "dmConversation").get(0);
        assertTrue(group.get("conversationId").asText().matches("\\d{18,19}"));
        List<String> kinds = new ArrayList<>();
        group.get("messages").forEach(m -> kinds.add(m.fieldNames().next()));
        assertEquals(List.of("participantsLeave", "messageCreate", "conversationNameUpdate", "joinConversation"), kinds);
        JsonNode join = group.get("messages").get(3).get("joinConversation");
        assertEquals(List.of("1000", "2001", "2002"), texts(join.get("participantsSnapshot")));
        JsonNode gif = group.get("messages").get(1).get("messageCreate");
        assertFalse(gif.has("recipientId"), "group messages have no recipient");
        String gifUrl = gif.get("mediaUrls").get(0).asText();
        assertTrue(gifUrl.startsWith("https://video.twimg.com/dm_gif/"));
        assertTrue(zip.has("data/direct_messages_group_media/" + gif.get("id").asText() + "-"
                + gifUrl.substring(gifUrl.lastIndexOf('/') + 1)));
    }

    @Test
    void sameDescriptionSameBytes() {
        assertArrayEquals(rich().toBytes(), rich().toBytes());
    }

    @Test
    void explicitIdsFixTheTime() {
        ZipContents zip = ZipContents.of(XArchiveBuilder.g3().post(p -> p.text("x").id("1785610110370111490")).toBytes());
        JsonNode tweet = zip.rows("data/tweets.js", "tweet").get(0);
        assertEquals("1785610110370111490", tweet.get("id").asText());
        TweetChecks.assertConsistent(tweet);
    }

    @Test
    void defaultTimesIncreaseAndIdsAreUnique() {
        XArchiveBuilder builder = XArchiveBuilder.g3();
        for (int i = 0; i < 50; i++) {
            builder.post(p -> p.text("same time").at("2024-01-01T00:00:00Z"));
        }
        builder.post(p -> p.text("later"));
        Map<String, JsonNode> byId = new TreeMap<>();
        for (JsonNode tweet : ZipContents.of(builder.toBytes()).rows("data/tweets.js", "tweet")) {
            assertNull(byId.put(tweet.get("id_str").asText(), tweet), "duplicate id");
            TweetChecks.assertConsistent(tweet);
        }
        assertEquals(51, byId.size());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
