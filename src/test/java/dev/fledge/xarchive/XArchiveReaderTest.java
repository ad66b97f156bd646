package dev.fledge.xarchive;

import dev.fledge.model.ArchiveWarning;
import dev.fledge.model.KnownAccount;

import dev.fledge.model.ArchiveCounts;
import dev.fledge.model.DirectMessageConversation;
import dev.fledge.model.Generation;
import dev.fledge.model.Like;
import dev.fledge.model.Post;
import dev.fledge.model.RelatedAccount;
import dev.fledge.model.Relationship;
import dev.fledge.model.UserList;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static dev.fledge.xarchive.Fixtures.join;
import static dev.fledge.xarchive.Fixtures.manifest;
import static dev.fledge.xarchive.Fixtures.media;
import static dev.fledge.xarchive.Fixtures.type;
import static dev.fledge.xarchive.Fixtures.typeWithMedia;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * and so need the posts helper's PostCollector and AccountDirectory (skeletons that throw in this branch); they are
 * written to pass once that implementation is merged.
 */
class XArchiveReaderTest {

    private static final Set<OptionalData> ALL = EnumSet.allOf(OptionalData.class);
    private final XArchiveReader reader = new XArchiveReader();

    static String tweet(String id, String createdAt, String text, String mentionId, String mentionName) {
        String mentions = mentionId == null ? "[ ]" : """
                [
                          {
                            "name" : "Someone",
                            "screen_name" : "%s",
                            "indices" : [ "0", "%d" ],
                            "id_str" : "%s",
                            "id" : "%s"
                          }
                        ]""".formatted(mentionName, mentionName.length() + 1, mentionId, mentionId);
        return """
                  {
                    "tweet" : {
                      "edit_info" : {
                        "initial" : {
                          "editTweetIds" : [ "%s" ],
                          "editableUntil" : "2024-11-09T13:14:18.648Z",
                          "editsRemaining" : "5",
                          "isEditEligible" : false
                        }
                      },
                      "retweeted" : false,
                      "source" : "<a href=\\"http://twitter.com/download/android\\" rel=\\"nofollow\\">Twitter for Android</a>",
                      "entities" : {
                        "hashtags" : [ ],
                        "symbols" : [ ],
                        "user_mentions" : %s,
                        "urls" : [ ]
                      },
                      "display_text_range" : [ "0", "%d" ],
                      "favorite_count" : "0",
                      "id_str" : "%s",
                      "truncated" : false,
                      "retweet_count" : "0",
                      "id" : "%s",
                      "created_at" : "%s",
                      "favorited" : false,
                      "full_text" : "%s",
                      "lang" : "en"
                    }
                  }""".formatted(id, mentions, text.length(), id, id, createdAt, text);
    }

    /** A G3 archive with every data type this reader reads, and some it skips. */
    static InMemoryArchive g3Archive() {
        return new InMemoryArchive()
                .with("Your archive.html", "<html>")
                .with("data/manifest.js", manifest("2025-01-22T00:20:54.036Z", join(
                        type("account", "data/account.js", "account", 1),
                        typeWithMedia("profile", "data/profile.js", "profile", 1, "data/profile_media"),
                        type("screenNameChange", "data/screen-name-change.js", "screen_name_change", 2),
                        type("noteTweet", "data/note-tweet.js", "note_tweet", 1),
                        typeWithMedia("tweets", "data/tweets.js", "tweets", 2, "data/tweets_media"),
                        media("tweetsMedia", "data/tweets_media"),
                        typeWithMedia("deletedTweets", "data/deleted-tweets.js", "deleted_tweets", 1,
                                "data/deleted_tweets_media"),
                        typeWithMedia("communityTweet", "data/community-tweet.js", "community_tweet", 0,
                                "data/community_tweet_media"),
                        type("like", "data/like.js", "like", 2),
                        type("following", "data/following.js", "following", 2),
                        type("block", "data/block.js", "block", 1),
                        type("listsCreated", "data/lists-created.js", "lists_created", 1),
                        typeWithMedia("directMessages", "data/direct-messages.js", "direct_messages", 2,
                                "data/direct_messages_media"),
                        type("directMessageHeaders", "data/direct-message-headers.js", "direct_message_headers", 2),
                        type("grokChatItem", "data/grok-chat-item.js", "grok_chat_item", 6),
                        type("tweetHeaders", "data/tweet-headers.js", "tweet_headers", 2))))
                .with("data/account.js", Fixtures.account("52338276", "owner_now", "Owner"))
                .with("data/profile.js", """
                        window.YTD.profile.part0 = [
                          {
                            "profile" : {
                              "description" : {
                                "bio" : "bio text",
                                "website" : "https://t.co/FBrSGVsh1R",
                                "location" : "VLC"
                              },
                              "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1621934215984988162/kZW7LH6v.jpg"
                            }
                          }
                        ]""")
                .with("data/profile_media/52338276-kZW7LH6v.jpg", "x")
                .with("data/screen-name-change.js", AccountReaderTest.SCREEN_NAME_CHANGES)
                .with("data/note-tweet.js", """
                        window.YTD.note_tweet.part0 = [
                          {
                            "noteTweet" : {
                              "noteTweetId" : "1752243867372396544",
                              "updatedAt" : "2024-01-30T08:14:27.000Z",
                              "createdAt" : "2024-01-30T08:14:27.000Z",
                              "lifecycle" : { "value" : "1", "name" : "Active", "originalName" : "Active", "annotations" : { } },
                              "core" : {
                                "text" : "a long post",
                                "urls" : [ ],
                                "mentions" : [ ],
                                "hashtags" : [ ],
                                "cashtags" : [ ]
                              }
                            }
                          }
                        ]""")
                .with("data/tweets.js", "window.YTD.tweets.part0 = [\n"
                        + tweet("1855222380982907193", "Sat Nov 09 12:14:18 +0000 2024", "second post", null, null)
                        + ",\n"
                        + tweet("1841071718988714381", "Tue Oct 01 10:00:00 +0000 2024", "@someone first post",
                        "1106849810512904193", "someone")
                        + "\n]")
                .with("data/deleted-tweets.js", "window.YTD.deleted_tweets.part0 = [\n"
                        + tweet("1830828196125622656", "Tue Sep 03 04:40:31 +0000 2024", "gone", null, null)
                        + "\n]")
                .with("data/community-tweet.js", "window.YTD.community_tweet.part0 = [ ]")
                .with("data/like.js", """
                        window.YTD.like.part0 = [
                          { "like" : { "tweetId" : "1", "fullText" : "a &amp; b", "expandedUrl" : "https://twitter.com/i/web/status/1" } },
                          { "like" : { "tweetId" : "2", "expandedUrl" : "https://twitter.com/i/web/status/2" } }
                        ]""")
                .with("data/following.js", Fixtures.follower("following", "following", "1106849810512904193",
                        "947153651906342912"))
                .with("data/follower.js", Fixtures.follower("follower", "follower", "5", "6", "7"))
                .with("data/block.js", Fixtures.follower("block", "blocking", "8"))
                .with("data/lists-created.js", """
                        window.YTD.lists_created.part0 = [
                          { "userListInfo" : { "url" : "https://twitter.com/owner_now/lists/1" } }
                        ]""")
                .with("data/direct-messages.js", DirectMessageReaderTest.ONE_TO_ONE)
                .with("data/direct-message-headers.js", "window.YTD.direct_message_headers.part0 = [ ]")
                .with("data/direct_messages_media/1834918553490772120-SwYY80NJxeYclW721bcy6RlseEkT3GzKgWR7XvvgbOOqW9jt95.mp4", "x")
                .with("data/tweets_media/1841071718988714381-a.jpg", "x")
                .with("data/grok-chat-item.js", "window.YTD.grok_chat_item.part0 = [ ]")
                .with("data/tweet-headers.js", "window.YTD.tweet_headers.part0 = [ ]");
    }

    @Test
    void aZipThatIsNotAnXArchiveIsRefused() {
        InMemoryArchive archive = new InMemoryArchive().with("photos/cat.jpg", "x");
        FledgeException e = assertThrows(FledgeException.class,
                () -> reader.read(archive, ReadOptions.inspect(false)));
        assertEquals(ProblemType.NOT_AN_X_ARCHIVE, e.type());
    }

    @Test
    void strictModeRefusesABrokenManifestBeforeReadingAnythingElse() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/manifest.js", "window.__THAR_CONFIG = {\n  \"dataTypes\" : { ]\n}")
                .with("data/account.js", Fixtures.account("1", "a", "A"));
        FledgeException e = assertThrows(FledgeException.class,
                () -> reader.read(archive, ReadOptions.inspect(true)));
        assertEquals(ProblemType.INVALID_DATA_FILE, e.type());
        assertEquals("data/manifest.js", e.location().file());
        assertEquals(2, e.location().line());
        assertEquals(19, e.location().column());
        assertEquals(0, archive.openCount("data/account.js"));
    }

    /** An archive whose owner removed the account and post files: it needs neither PostCollector nor the directory. */
    private static InMemoryArchive archiveWithoutAccountOrPosts() {
        return new InMemoryArchive()
                .with("data/manifest.js", """
                        window.__THAR_CONFIG = {
                          "archiveInfo" : { "generationDate" : "2025-01-22T00:20:54.036Z" },
                          "dataTypes" : {
                            "like" : { "files" : [ { "fileName" : "data/like.js", "globalName" : "YTD.like.part0", "count" : "3" } ] },
                            "mute" : { "files" : [ { "fileName" : "data/mute.js", "globalName" : "YTD.mute.part0", "count" : "1" } ] },
                            "following" : { "files" : [ { "fileName" : "data/following.js", "globalName" : "YTD.following.part0", "count" : "0" } ] },
                            "listsMember" : { "files" : [ { "fileName" : "data/lists-member.js", "globalName" : "YTD.lists_member.part0", "count" : "1" } ] },
                            "directMessages" : { "mediaDirectory" : "data/direct_messages_media",
                              "files" : [ { "fileName" : "data/direct-messages.js", "globalName" : "YTD.direct_messages.part0", "count" : "2" } ] },
                            "directMessagesGroup" : { "mediaDirectory" : "data/direct_messages_group_media",
                              "files" : [ { "fileName" : "data/direct-messages-group.js", "globalName" : "YTD.direct_messages_group.part0", "count" : "1" } ] },
                            "adImpressions" : { "files" : [ { "fileName" : "data/ad-impressions.js", "globalName" : "YTD.ad_impressions.part0", "count" : "9" } ] },
                            "tweets" : { "mediaDirectory" : "data/tweets_media",
                              "files" : [ { "fileName" : "data/tweets.js", "globalName" : "YTD.tweets.part0", "count" : "0" } ] }
                          }
                        }""")
                .with("data/like.js", """
                        window.YTD.like.part0 = [
                          { "like" : { "tweetId" : "1", "fullText" : "a &amp; b" } },
                          { "like" : { "tweetId" : "2" } },
                        ]""")
                .with("data/mute.js", Fixtures.follower("mute", "muting", "9"))
                .with("data/following.js", "window.YTD.following.part0 = [ ]")
                .with("data/follower.js", Fixtures.follower("follower", "follower", "3", "4"))
                .with("data/lists-member.js", "window.YTD.lists_member.part0 = [ { \"userListInfo\" : { \"url\" : \"https://twitter.com/a/lists/b\" } } ]")
                .with("data/direct-messages.js", DirectMessageReaderTest.ONE_TO_ONE)
                .with("data/direct-messages-group.js", DirectMessageReaderTest.GROUP)
                .with("data/direct_messages_media/1834918553490772120-SwYY80NJxeYclW721bcy6RlseEkT3GzKgWR7XvvgbOOqW9jt95.mp4", "x")
                .with("data/ad-impressions.js", "window.YTD.ad_impressions.part0 = [ ]")
                .with("data/tweets_media/1-a.jpg", "x");
    }

    @Test
    void onePassCountsEverythingAndWarnsWithoutStopping() {
        InMemoryArchive archive = archiveWithoutAccountOrPosts();
        try (XArchive x = reader.read(archive, ReadOptions.inspect(false))) {
            assertEquals(Generation.G3, x.generation());
            assertEquals(Instant.parse("2025-01-22T00:20:54.036Z"), x.generatedAt());
            assertNull(x.account().id());
            assertNull(x.profile());
            ArchiveCounts counts = x.counts();
            assertEquals(0, counts.posts());
            assertEquals(2, counts.likes(), "both rows before the trailing comma are kept");
            assertEquals(2, counts.followers());
            assertEquals(0, counts.following());
            assertEquals(0, counts.followingWithScreenName());
            assertEquals(0, counts.blocks());
            assertEquals(1, counts.mutes());
            assertEquals(1, counts.lists());
            assertEquals(3, counts.conversations());
            assertEquals(7, counts.directMessages());
            assertEquals(2, counts.mediaFiles());
            assertNull(x.range().first());
            assertEquals(List.of("adImpressions"), x.skippedDataTypes());
            assertEquals(0, archive.openCount("data/ad-impressions.js"));
            List<ArchiveWarning> warnings = x.warnings();
            assertEquals(1, warnings.size(), warnings::toString);
            assertEquals(new ArchiveWarning("data/like.js", 4, 1, warnings.get(0).message()), warnings.get(0));
            assertFalse(x.posts().hasNext());
            assertThrows(IllegalStateException.class, () -> x.forEachLike(like -> { }));
        }
    }

    @Test
    void includedTypesAreStreamedAgainFromTheArchive() {
        InMemoryArchive archive = archiveWithoutAccountOrPosts();
        ReadOptions options = new ReadOptions(false, null, EnumSet.of(OptionalData.LIKES, OptionalData.RELATIONSHIPS,
                OptionalData.LISTS, OptionalData.DIRECT_MESSAGES));
        try (XArchive x = reader.read(archive, options)) {
            int opensAfterReading = archive.openCount("data/like.js");
            List<Like> likes = new ArrayList<>();
            x.forEachLike(likes::add);
            assertEquals(List.of(new Like("1", null, "a & b"), new Like("2", null, null)), likes);
            // read again from the archive, not kept in memory (a reported row location may open it once more)
            assertTrue(archive.openCount("data/like.js") > opensAfterReading);
            List<RelatedAccount> followers = new ArrayList<>();
            x.forEachRelatedAccount(Relationship.FOLLOWER, followers::add);
            assertEquals(List.of("3", "4"), followers.stream().map(RelatedAccount::accountId).toList());
            List<UserList> lists = new ArrayList<>();
            x.forEachList(lists::add);
            assertEquals(1, lists.size());
            List<DirectMessageConversation> conversations = new ArrayList<>();
            x.forEachConversation(conversations::add);
            assertEquals(3, conversations.size());
            assertEquals("scrunkly", conversations.get(2).name());
            assertEquals(1, x.warnings().size(), "streaming again adds no warnings");
        }
    }

    @Test
    void aClosedArchiveStreamsNothing() {
        XArchive x = reader.read(archiveWithoutAccountOrPosts(), new ReadOptions(false, null, ALL));
        x.close();
        assertThrows(IllegalStateException.class, () -> x.forEachLike(like -> { }));
    }

    @Test
    void readsAWholeG3Archive(@TempDir Path spool) {
        InMemoryArchive archive = g3Archive();
        try (XArchive x = reader.read(archive, new ReadOptions(false, spool, ALL))) {
            assertEquals(Generation.G3, x.generation());
            assertEquals(Instant.parse("2025-01-22T00:20:54.036Z"), x.generatedAt());
            assertEquals("52338276", x.account().id());
            assertEquals("owner_now", x.account().screenName());
            assertEquals(2, x.account().screenNameChanges().size());
            assertEquals("data/profile_media/52338276-kZW7LH6v.jpg", x.profile().avatar().archivePath());
            ArchiveCounts counts = x.counts();
            assertEquals(2, counts.posts());
            assertEquals(0, counts.retweets());
            assertEquals(1, counts.noteTweets());
            assertEquals(1, counts.deletedPosts());
            assertEquals(0, counts.communityPosts());
            assertEquals(2, counts.likes());
            assertEquals(3, counts.followers(), "follower.js is read although the manifest does not list it");
            assertEquals(2, counts.following());
            assertEquals(1, counts.followingWithScreenName(), "the mentioned account is known by name");
            assertEquals(1, counts.blocks());
            assertEquals(0, counts.mutes());
            assertEquals(1, counts.lists());
            assertEquals(2, counts.conversations());
            assertEquals(5, counts.directMessages());
            assertEquals(3, counts.mediaFiles());
            assertEquals(Instant.parse("2024-10-01T10:00:00Z"), x.range().first());
            assertEquals(Instant.parse("2024-11-09T12:14:18Z"), x.range().last());
            assertEquals(List.of("grokChatItem", "tweetHeaders"), x.skippedDataTypes());
            assertTrue(x.warnings().isEmpty(), () -> x.warnings().toString());
            assertEquals("owner_now", x.accountDirectory().byId("52338276").orElseThrow().screenName());
            assertEquals("someone", x.accountDirectory().byId("1106849810512904193").orElseThrow().screenName());
            List<String> ids = new ArrayList<>();
            Iterator<Post> posts = x.posts();
            posts.forEachRemaining(p -> ids.add(p.id()));
            assertEquals(List.of("1841071718988714381", "1855222380982907193"), ids);
        }
    }

    @Test
    void g3ArchiveWhoseTweetsFileIsMissingStillReadsTheRest() {
        InMemoryArchive full = g3Archive();
        InMemoryArchive archive = new InMemoryArchive();
        full.forEachEntry("", e -> {
            if (!e.path().equals("data/tweets.js")) {
                try (var in = full.open(e)) {
                    archive.with(e.path(), in.readAllBytes());
                } catch (java.io.IOException io) {
                    throw new java.io.UncheckedIOException(io);
                }
            }
        });
        try (XArchive x = reader.read(archive, ReadOptions.inspect(false))) {
            assertEquals(Generation.G3, x.generation());
            assertEquals(0, x.counts().posts());
            assertEquals(2, x.counts().likes());
            assertEquals(1, x.warnings().size());
            assertEquals("data/tweets.js", x.warnings().get(0).file());
        }
    }

    @Test
    void screenNameChangesPairTheOwnersNamesInTheDirectory() {
        try (XArchive x = reader.read(g3Archive(), ReadOptions.inspect(false))) {
            KnownAccount owner = x.accountDirectory().byId("52338276").orElseThrow();
            assertEquals("owner_now", owner.screenName());
            assertEquals(Instant.parse("2025-01-22T00:20:54.036Z"), owner.lastSeen());
        }
    }

    @Test
    void strictModeStopsAtTheFirstBrokenPostFile() {
        String tweets = "window.YTD.tweets.part0 = [\n"
                + tweet("1855222380982907193", "Sat Nov 09 12:14:18 +0000 2024", "post", null, null) + ",\n]";
        InMemoryArchive archive = g3Archive().with("data/tweets.js", tweets);
        FledgeException e = assertThrows(FledgeException.class,
                () -> reader.read(archive, ReadOptions.inspect(true)));
        assertEquals(ProblemType.INVALID_DATA_FILE, e.type());
        assertEquals("data/tweets.js", e.location().file());
        assertEquals((int) tweets.lines().count(), e.location().line(), "the closing bracket after the comma");
        assertEquals(1, e.location().column());
    }

    @Test
    void g1RootArchiveWithBareRows() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("account.js", "window.YTD.account.part0 = [ {\n  \"accountId\" : \"9\",\n  \"username\" : \"old\"\n} ]")
                .with("tweet.js", """
                        window.YTD.tweet.part0 = [ {
                          "retweeted" : false,
                          "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ] },
                          "display_text_range" : [ "0", "5" ],
                          "favorite_count" : "0",
                          "id_str" : "1100000000000000000",
                          "truncated" : false,
                          "retweet_count" : "0",
                          "id" : "1100000000000000000",
                          "created_at" : "Mon Feb 25 10:00:00 +0000 2019",
                          "favorited" : false,
                          "full_text" : "hello",
                          "lang" : "en"
                        } ]""")
                .with("like.js", "window.YTD.like.part0 = [ { \"like\" : { \"tweetId\" : \"3\" } } ]")
                .with("ad-impressions.js", "window.YTD.ad_impressions.part0 = [ ]");
        try (XArchive x = reader.read(archive, ReadOptions.inspect(false))) {
            assertEquals(Generation.G1, x.generation());
            assertNull(x.generatedAt());
            assertEquals("9", x.account().id());
            assertEquals(1, x.counts().posts());
            assertEquals(1, x.counts().likes());
            assertEquals(List.of("ad-impressions"), x.skippedDataTypes());
        }
    }

    static InMemoryArchive grailbird(boolean withMonthFiles) {
        InMemoryArchive archive = new InMemoryArchive()
                .with("index.html", "<html>")
                .with("data/js/user_details.js", """
                        var user_details =  {
                          "screen_name" : "brenden_gerelle",
                          "full_name" : "Brenden Gerelle",
                          "bio" : "A book",
                          "id" : "854994858712354816",
                          "created_at" : "2017-04-20 09:47:14 +0000"
                        }""")
                .with("data/js/payload_details.js",
                        "var payload_details =  {\n  \"tweets\" : 3,\n  \"created_at\" : \"2019-02-08 11:27:30 +0000\"\n}")
                .with("tweets.csv", """
                        "tweet_id","in_reply_to_status_id","in_reply_to_user_id","timestamp","source","text","retweeted_status_id","retweeted_status_user_id","retweeted_status_timestamp","expanded_urls"
                        "1093791097401139200","","","2019-02-08 08:38:13 +0000","<a href=""http://twitter.com"" rel=""nofollow"">Twitter Web Client</a>","https://t.co/tbpwNdpGha
                        Is the person the same one when they wake up?","","","","https://en.wikipedia.org/wiki/Deep_hypothermic_circulatory_arrest"
                        "1093759840894087171","","","2019-02-08 06:34:01 +0000","<a href=""http://twitter.com"" rel=""nofollow"">Twitter Web Client</a>","Was harping","","","",""
                        "1093759878970040320","","","2019-02-08 06:34:10 +0000","web","text","","","",""
                        "tweet_id","in_reply_to_status_id","in_reply_to_user_id","timestamp","source","text","retweeted_status_id","retweeted_status_user_id","retweeted_status_timestamp","expanded_urls"
                        """);
        if (withMonthFiles) {
            archive.with("data/js/tweets/2019_02.js", """
                    Grailbird.data.tweets_2019_02 =\s
                    [ {
                      "source" : "web",
                      "entities" : { "user_mentions" : [ ], "media" : [ ], "hashtags" : [ ], "urls" : [ ] },
                      "geo" : { },
                      "id_str" : "1093791097401139200",
                      "text" : "hello",
                      "id" : 1093791097401139200,
                      "created_at" : "2019-02-08 08:38:13 +0000",
                      "user" : { "name" : "Brenden Gerelle", "screen_name" : "brenden_gerelle", "protected" : true,
                                 "id_str" : "854994858712354816", "id" : 854994858712354816, "verified" : false }
                    } ]""");
        }
        return archive;
    }

    @Test
    void g0ReadsTheMonthFilesAndIgnoresTheCsv() {
        try (XArchive x = reader.read(grailbird(true), ReadOptions.inspect(false))) {
            assertEquals(Generation.G0, x.generation());
            assertEquals(Instant.parse("2019-02-08T11:27:30Z"), x.generatedAt());
            assertEquals("854994858712354816", x.account().id());
            assertEquals("A book", x.profile().bio());
            assertEquals(1, x.counts().posts());
            assertTrue(x.warnings().isEmpty(), () -> x.warnings().toString());
        }
    }

    @Test
    void g0WithoutMonthFilesReadsTheCsvSkippingRepeatedHeaders() {
        try (XArchive x = reader.read(grailbird(false), ReadOptions.inspect(false))) {
            assertEquals(Generation.G0, x.generation());
            assertEquals(3, x.counts().posts());
            assertTrue(x.warnings().isEmpty(), () -> x.warnings().toString());
        }
    }
}
