package dev.fledge.testkit;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.fledge.testkit.TextPart.hashtag;
import static dev.fledge.testkit.TextPart.link;
import static dev.fledge.testkit.TextPart.mention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Older generations (G2, G1, Grailbird) and the deliberate quirks: parts, lies, wrapping, junk, broken files. */
class XArchiveBuilderLayoutTest {
    private static final XUser BOB = XArchiveBuilderTest.BOB;
    private static final XUser CAROL = XArchiveBuilderTest.CAROL;

    private static XArchiveBuilder posts(XArchiveBuilder builder) {
        return builder.account("1000", "alice", "Alice 🐦", Instant.parse("2012-03-14T09:26:53Z"))
                .post(p -> p.text("Hello ", mention(BOB), " & </script> ", hashtag("old"), " ",
                        link("https://blog.example/a")).at("2017-05-01T10:00:00.120Z").photo())
                .reply(CAROL, "790000000000000000", p -> p.text("you said \"<3\"\nok").at("2017-05-02T10:00:00Z"))
                .retweet(BOB, p -> p.text("short one ", hashtag("tag")).photo().at("2017-06-01T10:00:00Z"))
                .mentionFirst(CAROL, p -> p.text("hey").at("2018-01-03T10:00:00Z"));
    }

    @Test
    void g2UsesTweetJsTweetMediaAndTheOldStyleWithoutEditInfo() {
        ZipContents zip = ZipContents.of(posts(XArchiveBuilder.g2()).like("1", "x").toBytes());
        String text = zip.text("data/tweet.js");
        assertTrue(text.startsWith("window.YTD.tweet.part0 = [ {\n  \"tweet\" : {\n"), text.substring(0, 60));
        assertTrue(text.endsWith("}\n} ]"));
        List<JsonNode> tweets = zip.rows("data/tweet.js", "tweet");
        assertEquals(4, tweets.size());
        tweets.forEach(TweetChecks::assertConsistent);
        tweets.forEach(t -> assertFalse(t.has("edit_info")));
        assertFalse(zip.has("data/tweets.js"));
        assertFalse(zip.has("data/tweet-headers.js"));
        assertEquals(2, zip.names("data/tweet_media/").size());
        JsonNode types = zip.json("data/manifest.js").get("dataTypes");
        assertEquals("data/tweet_media", types.get("tweet").get("mediaDirectory").asText());
        assertEquals("4", types.get("tweet").get("files").get(0).get("count").asText());
        assertTrue(types.has("tweetMedia"));
        assertFalse(types.has("tweets"));
        assertEquals("window.YTD.block.part0 = []", zip.text("data/block.js"), "2020 empty files");
        JsonNode dm = zip.json("data/direct-messages.js");
        assertEquals(0, dm.size());
    }

    @Test
    void g2DirectMessagesHaveNoUrlsOrReactions() {
        ZipContents zip = ZipContents.of(XArchiveBuilder.g2().dmConversation(BOB, c -> {
            c.sent("hi");
            c.received("look").photo().reaction(c.owner(), "like");
        }).toBytes());
        JsonNode message = zip.rows("data/direct-messages.js", "dmConversation").get(0).get("messages").get(0)
                .get("messageCreate");
        assertFalse(message.has("urls"));
        assertFalse(message.has("reactions"));
        assertFalse(message.has("editHistory"));
        assertEquals(1, zip.names("data/direct_messages_media/").size());
    }

    @Test
    void g1PutsFilesAtTheRootWithBareTweetRowsAndNoManifest() {
        ZipContents zip = ZipContents.of(posts(XArchiveBuilder.g1()).follower("2001")
                .dmConversation(BOB, c -> c.received("pic").photo()).toBytes());
        assertFalse(zip.has("data/manifest.js"));
        assertTrue(zip.names("data/").isEmpty());
        assertTrue(zip.has("account.js") && zip.has("README.txt"));
        List<JsonNode> tweets = zip.rows("tweet.js", null);
        assertEquals(4, tweets.size());
        for (JsonNode tweet : tweets) {
            assertFalse(tweet.has("tweet"), "bare rows");
            TweetChecks.assertConsistent(tweet);
        }
        assertEquals("2001", zip.rows("follower.js", "follower").get(0).get("accountId").asText());
        assertEquals(2, zip.names("tweet_media/").size());
        assertTrue(zip.text("direct-message.js").startsWith("window.YTD.direct_message.part0 = [ {"));
        assertEquals(1, zip.names("direct_message_media/").size());
    }

    @Test
    void grailbirdMonthFilesUseNumericIdsTextAndEscapedSlashes() {
        ZipContents zip = ZipContents.of(posts(XArchiveBuilder.g0()).toBytes());
        assertEquals(List.of("README.txt", "data/js/payload_details.js", "data/js/tweet_index.js",
                "data/js/tweets/2017_05.js", "data/js/tweets/2017_06.js", "data/js/tweets/2018_01.js",
                "data/js/user_details.js", "index.html", "tweets.csv"), zip.names());
        String may = zip.text("data/js/tweets/2017_05.js");
        assertTrue(may.startsWith("Grailbird.data.tweets_2017_05 = \n[ {\n"));
        assertTrue(may.contains("\"\\u003Ca href=\\\"https:\\/\\/mobile.twitter.com\\\""), "Grailbird escapes / < >");
        assertTrue(may.contains("&lt;\\/script&gt;"), "texts are HTML-escaped first");
        JsonNode tweets = zip.json("data/js/tweets/2017_05.js");
        assertEquals(2, tweets.size());
        JsonNode newest = tweets.get(0);
        assertTrue(newest.get("id").isIntegralNumber());
        assertEquals(new BigInteger(newest.get("id_str").asText()), newest.get("id").bigIntegerValue());
        assertTrue(newest.get("id").asLong() > (1L << 53), "ids beyond 2^53");
        assertEquals("@carol you said \"&lt;3\"\nok", newest.get("text").asText());
        assertFalse(newest.has("full_text"));
        assertEquals("2017-05-02 10:00:00 +0000", newest.get("created_at").asText());
        assertEquals(790000000000000000L, newest.get("in_reply_to_status_id").asLong());
        JsonNode first = tweets.get(1);
        assertEquals(Snowflake.instant(first.get("id_str").asText()), Instant.parse("2017-05-01T10:00:00.120Z"));
        String text = first.get("text").asText();
        for (JsonNode m : first.get("entities").get("user_mentions")) {
            assertEquals("@" + m.get("screen_name").asText(), TweetChecks.slice(text, m.get("indices")));
            assertTrue(m.get("id").isIntegralNumber());
        }
        JsonNode media = first.get("entities").get("media").get(0);
        assertEquals(media.get("url").asText(), TweetChecks.slice(text, media.get("indices")));
        assertEquals(5, media.get("sizes").size(), "sizes as an array");
        JsonNode retweet = zip.json("data/js/tweets/2017_06.js").get(0);
        assertTrue(retweet.get("text").asText().startsWith("RT @bob: short one #tag"));
        JsonNode original = retweet.get("retweeted_status");
        assertEquals("bob", original.get("user").get("screen_name").asText());
        assertTrue(original.get("text").asText().startsWith("short one #tag"));

        JsonNode index = zip.json("data/js/tweet_index.js");
        assertTrue(zip.text("data/js/tweet_index.js")
                .startsWith("var tweet_index =  [ {\n  \"file_name\" : \"data\\/js\\/tweets\\/2018_01.js\""));
        assertEquals(List.of(1, 1, 2), List.of(index.get(0).get("tweet_count").asInt(), index.get(1).get("tweet_count").asInt(),
                index.get(2).get("tweet_count").asInt()));
        assertEquals(4, zip.json("data/js/payload_details.js").get("tweets").asInt());
        assertEquals("1000", zip.json("data/js/user_details.js").get("id").asText());
        assertTrue(zip.text("data/js/user_details.js").contains("\"full_name\" : \"Alice \\uD83D\\uDC26\""));
    }

    @Test
    void grailbirdCsvHasTheTenColumnsUnescapedText() {
        ZipContents zip = ZipContents.of(posts(XArchiveBuilder.g0()).csvOnly().toBytes());
        assertEquals(List.of("tweets.csv"), zip.names());
        String csv = zip.text("tweets.csv");
        assertTrue(csv.startsWith("\"tweet_id\",\"in_reply_to_status_id\",\"in_reply_to_user_id\",\"timestamp\",\"source\","
                + "\"text\",\"retweeted_status_id\",\"retweeted_status_user_id\",\"retweeted_status_timestamp\",\"expanded_urls\"\n"));
        assertTrue(csv.contains("\"@carol you said \"\"<3\"\"\nok\""), "not HTML-escaped, quotes doubled, raw newline");
        assertTrue(csv.contains("\"<a href=\"\"https://mobile.twitter.com\"\" rel=\"\"nofollow\"\">Twitter Web App</a>\""));
        List<String> records = csvRecords(csv);
        assertEquals(5, records.size(), "header + 4 tweets");
        assertTrue(records.get(1).startsWith("\"") && records.get(1).contains("\"2018-01-03 10:00:00 +0000\""), "newest first");
        assertTrue(records.get(4).contains("\"https://blog.example/a,https://twitter.com/alice/status/"), "urls, then media");
    }

    @Test
    void typesCanBeSplitIntoPartsListedInTheManifest() {
        XArchiveBuilder builder = XArchiveBuilder.g3().maxRowsPerFile(2);
        for (int i = 0; i < 5; i++) {
            builder.post(p -> p.text("post"));
        }
        ZipContents zip = ZipContents.of(builder.toBytes());
        assertTrue(zip.text("data/tweets-part2.js").startsWith("window.YTD.tweets.part2 = [\n"));
        JsonNode files = zip.json("data/manifest.js").get("dataTypes").get("tweets").get("files");
        assertEquals(3, files.size());
        List<String> counts = new ArrayList<>();
        for (JsonNode file : files) {
            counts.add(file.get("count").asText());
            assertEquals(file.get("count").asInt(), zip.json(file.get("fileName").asText()).size());
        }
        assertEquals(List.of("2", "2", "1"), counts);
        assertEquals("data/tweets-part1.js", files.get(1).get("fileName").asText());
        assertEquals("YTD.tweets.part1", files.get(1).get("globalName").asText());
    }

    @Test
    void theManifestCanLie() {
        ZipContents zip = ZipContents.of(XArchiveBuilder.g3().follower("1").dmConversation(BOB, c -> c.sent("hi"))
                .omitFile("data/direct-messages.js").omitFromManifest("follower").toBytes());
        JsonNode types = zip.json("data/manifest.js").get("dataTypes");
        assertFalse(zip.has("data/direct-messages.js"));
        assertEquals("data/direct-messages.js", types.get("directMessages").get("files").get(0).get("fileName").asText());
        assertTrue(zip.has("data/follower.js"));
        assertFalse(types.has("follower"));
        assertThrows(IllegalArgumentException.class, () -> XArchiveBuilder.g3().omitFile("data/nope.js").toBytes());
    }

    @Test
    void manifestCanBeMissing() {
        ArchiveFacts facts = XArchiveBuilder.g3().post(p -> p.text("x")).omitFile("data/manifest.js").facts();
        ZipContents zip = ZipContents.of(XArchiveBuilder.g3().post(p -> p.text("x")).omitFile("data/manifest.js").toBytes());
        assertFalse(zip.has("data/manifest.js"));
        assertTrue(zip.has("data/tweets.js"));
        assertEquals(1, facts.posts());
    }

    @Test
    void archivesCanBeWrappedInAFolderWithMacJunk() {
        ZipContents zip = ZipContents.of(XArchiveBuilder.g3().post(p -> p.text("x").photo())
                .wrapInFolder("twitter-2024-11-16-abc").withMacJunk().toBytes());
        for (String name : zip.names()) {
            assertTrue(name.startsWith("twitter-2024-11-16-abc/") || name.startsWith("__MACOSX/twitter-2024-11-16-abc/"), name);
        }
        assertTrue(zip.has("twitter-2024-11-16-abc/data/manifest.js"));
        assertTrue(zip.has("__MACOSX/twitter-2024-11-16-abc/data/._tweets.js"));
        assertTrue(zip.has("__MACOSX/twitter-2024-11-16-abc/data/._manifest.js"));
        assertEquals(1, zip.names("twitter-2024-11-16-abc/data/tweets_media/").size());
    }

    @Test
    void filesCanBeBrokenAtKnownPlaces() throws Exception {
        XArchiveBuilder builder = XArchiveBuilder.g3().like("1", "a").like("2", "b").follower("1")
                .withTrailingComma("data/like.js")
                .withWrongPrefix("data/follower.js", "window.YTD.followers.part0")
                .withInvalidJsonAtLine("data/account.js", 4);
        ArchiveFacts facts = builder.facts();
        assertEquals(List.of(new ArchiveFacts.BrokenFile("data/like.js", "trailing comma", null, null),
                new ArchiveFacts.BrokenFile("data/follower.js", "wrong prefix", null, null),
                new ArchiveFacts.BrokenFile("data/account.js", "invalid JSON", 4, 1)), facts.brokenFiles());
        ZipContents zip = ZipContents.of(builder.toBytes());

        String likes = zip.text("data/like.js");
        assertTrue(likes.endsWith("  },\n]"), likes);
        JsonParseException strict = assertThrows(JsonParseException.class, () -> strictJson(likes));
        assertNotNull(strict.getLocation());
        JsonMapper lenient = JsonMapper.builder().enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
        assertEquals(2, lenient.readTree(likes.substring(likes.indexOf('=') + 1)).size());

        assertTrue(zip.text("data/follower.js").startsWith("window.YTD.followers.part0 = [\n"));
        assertEquals(1, zip.json("data/follower.js").size(), "still valid JSON");

        String account = zip.text("data/account.js");
        assertEquals('@', account.split("\n")[3].charAt(0));
        JsonParseException error = assertThrows(JsonParseException.class, () -> strictJson(account));
        assertEquals(4, error.getLocation().getLineNr(), "the JSON after '=' starts on line 1 of the file");
        assertThrows(IllegalArgumentException.class,
                () -> XArchiveBuilder.g3().withInvalidJsonAtLine("data/app.js", 9).toBytes());
    }

    @Test
    void unknownDataTypesAreWrittenAndListed() {
        ZipContents zip = ZipContents.of(XArchiveBuilder.g3().extraDataType("messageEvent")
                .extraDataType("grokChatItem", "{\"grokChatItem\":{\"chatId\":\"1\",\"message\":\"hi\"}}").toBytes());
        assertEquals("window.YTD.message_event.part0 = [ ]", zip.text("data/message-event.js"));
        JsonNode types = zip.json("data/manifest.js").get("dataTypes");
        assertEquals("0", types.get("messageEvent").get("files").get(0).get("count").asText());
        assertEquals("YTD.grok_chat_item.part0", types.get("grokChatItem").get("files").get(0).get("globalName").asText());
        assertEquals("hi", zip.rows("data/grok-chat-item.js", "grokChatItem").get(0).get("message").asText());
    }

    @Test
    void generationsRefuseWhatTheyCannotHold() {
        assertThrows(IllegalStateException.class,
                () -> XArchiveBuilder.g2().editedPost(p -> p.text("a"), p -> p.text("b")).toBytes());
        assertThrows(IllegalStateException.class,
                () -> XArchiveBuilder.g1().deletedPost(Instant.parse("2020-01-01T00:00:00Z"), p -> p.text("a")).toBytes());
        assertThrows(IllegalStateException.class, () -> XArchiveBuilder.g0().like("1").toBytes());
        assertThrows(IllegalStateException.class, () -> XArchiveBuilder.g3().csvOnly());
        assertThrows(IllegalStateException.class, () -> XArchiveBuilder.g3().post(p -> p.text("x"))
                .account("1", "a", "A", Instant.parse("2020-01-01T00:00:00Z")));
        assertThrows(IllegalStateException.class, () -> XArchiveBuilder.g3().post(p -> p.photo().video()));
    }

    @Test
    void longPostsBeforeG3AreOnlyTruncatedRows() {
        XArchiveBuilder builder = XArchiveBuilder.g2().longPost(p -> p.text("word ".repeat(100)));
        ZipContents zip = ZipContents.of(builder.toBytes());
        assertFalse(zip.has("data/note-tweet.js"));
        assertTrue(zip.rows("data/tweet.js", "tweet").get(0).get("full_text").asText().endsWith("\u2026"));
        assertEquals(0, builder.facts().noteTweets());
    }

    private static JsonNode strictJson(String file) throws Exception {
        return ArchiveJson.MAPPER.readTree(file.substring(file.indexOf('=') + 1));
    }

    /** Splits CSV text into records, honouring quoted newlines. */
    private static List<String> csvRecords(String csv) {
        List<String> records = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : csv.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == '\n' && !quoted) {
                records.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        return records;
    }
}
