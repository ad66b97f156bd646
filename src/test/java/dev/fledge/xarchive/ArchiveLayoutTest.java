package dev.fledge.xarchive;

import dev.fledge.model.ArchiveWarning;

import dev.fledge.model.Generation;
import dev.fledge.problem.FileLocation;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.fledge.xarchive.Fixtures.emptyFile;
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

class ArchiveLayoutTest {

    private final Warnings warnings = new Warnings();

    private ArchiveLayout detect(InMemoryArchive archive) {
        return ArchiveLayout.detect(archive, new DataFileReader(archive), warnings);
    }

    @Test
    void g3ManifestWithTweetsType() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/manifest.js", manifest("2024-11-16T11:33:22.222Z", join(
                        typeWithMedia("tweets", "data/tweets.js", "tweets", 1, "data/tweets_media"),
                        media("tweetsMedia", "data/tweets_media"))))
                .with("data/tweets.js", emptyFile("tweets"));
        ArchiveLayout layout = detect(archive);
        assertEquals(Generation.G3, layout.generation());
        assertEquals(List.of("data/tweets.js"), layout.files(DataKind.TWEETS));
        assertEquals("data/manifest.js", layout.manifestPath());
        assertTrue(warnings.isEmpty());
        assertTrue(layout.skippedDataTypes().isEmpty());
    }

    @Test
    void g3ManifestWhoseTweetsFileIsMissingIsStillG3WithAWarning() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/manifest.js", manifest("2024-11-16T11:33:22.222Z", join(
                        type("tweets", "data/tweets.js", "tweets", 1223),
                        type("account", "data/account.js", "account", 1))))
                .with("data/account.js", Fixtures.account("52338276", "owner_now", "Owner"));
        ArchiveLayout layout = detect(archive);
        assertEquals(Generation.G3, layout.generation());
        assertTrue(layout.files(DataKind.TWEETS).isEmpty());
        assertFalse(layout.hasPostFiles());
        ArchiveWarning w = warnings.entries().get(0);
        assertEquals(1, warnings.size());
        assertEquals("data/tweets.js", w.file());
        assertNull(w.line());
        assertTrue(w.message().contains("manifest lists this file"));
    }

    @Test
    void aMissingListedFileWithCountZeroIsNoWarning() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/manifest.js", manifest("2024-11-16T11:33:22.222Z", join(
                        type("tweets", "data/tweets.js", "tweets", 0),
                        type("like", "data/like.js", "like", 0))));
        detect(archive);
        assertTrue(warnings.isEmpty());
    }

    @Test
    void strictModeRefusesAMissingListedFile() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/manifest.js", manifest("2024-11-16T11:33:22.222Z",
                        type("like", "data/like.js", "like", 12)));
        FledgeException e = assertThrows(FledgeException.class,
                () -> ArchiveLayout.detect(archive, new DataFileReader(archive), new Warnings(true)));
        assertEquals(ProblemType.INVALID_DATA_FILE, e.type());
        assertEquals(FileLocation.of("data/like.js"), e.location());
    }

    @Test
    void g2ManifestWithTweetType() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/manifest.js", manifest("2021-06-27T10:00:00.000Z", join(
                        typeWithMedia("tweet", "data/tweet.js", "tweet", 1, "data/tweet_media"),
                        media("tweetMedia", "data/tweet_media"))))
                .with("data/tweet.js", emptyFile("tweet"))
                .with("data/tweet_media/1-a.jpg", "x");
        ArchiveLayout layout = detect(archive);
        assertEquals(Generation.G2, layout.generation());
        assertEquals(List.of("data/tweet.js"), layout.files(DataKind.TWEETS));
        assertEquals(List.of("data/tweet_media/"), layout.mediaFolders(ArchiveLayout.MediaRole.POSTS));
    }

    @Test
    void filesTheManifestDoesNotListAreStillReadInPartOrder() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/manifest.js", manifest("2024-11-16T11:33:22.222Z",
                        type("tweets", "data/tweets.js", "tweets", 1)))
                .with("data/tweets-part2.js", emptyFile("tweets"))
                .with("data/tweets.js", emptyFile("tweets"))
                .with("data/tweets-part1.js", emptyFile("tweets"))
                .with("data/follower.js", emptyFile("follower"));
        ArchiveLayout layout = detect(archive);
        assertEquals(List.of("data/tweets.js", "data/tweets-part1.js", "data/tweets-part2.js"),
                layout.files(DataKind.TWEETS));
        assertEquals(List.of("data/follower.js"), layout.files(DataKind.FOLLOWERS));
        assertTrue(warnings.isEmpty());
    }

    @Test
    void unknownDataTypesAreListedSortedAndNeverOpened() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/manifest.js", manifest("2026-07-01T00:00:00.000Z", join(
                        type("tweets", "data/tweets.js", "tweets", 0),
                        type("messageEvent", "data/message-event.js", "message_event", 0),
                        type("grokChatItem", "data/grok-chat-item.js", "grok_chat_item", 8),
                        type("adImpressions", "data/ad-impressions.js", "ad_impressions", 23),
                        type("ipAudit", "data/ip-audit.js", "ip_audit", 3),
                        media("grokChatMedia", "data/grok_chat_media"),
                        media("tweetsMedia", "data/tweets_media"))))
                .with("data/tweets.js", emptyFile("tweets"))
                .with("data/message-event.js", emptyFile("message_event"))
                .with("data/grok-chat-item.js", "window.YTD.grok_chat_item.part0 = [ broken")
                .with("data/ip-audit.js", "not even a data file")
                .with("data/community-note-batsignal.js", emptyFile("community_note_batsignal"));
        ArchiveLayout layout = detect(archive);
        assertEquals(List.of("adImpressions", "communityNoteBatsignal", "grokChatItem", "ipAudit", "messageEvent"),
                layout.skippedDataTypes());
        assertEquals(0, archive.openCount("data/grok-chat-item.js"));
        assertEquals(0, archive.openCount("data/ip-audit.js"));
        assertEquals(0, archive.openCount("data/message-event.js"));
        assertTrue(warnings.isEmpty(), () -> warnings.entries().toString());
    }

    @Test
    void g1RootLayoutWithoutManifestListsUnknownFilesByBaseName() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("tweet.js", "window.YTD.tweet.part0 = [ ]")
                .with("account.js", Fixtures.account("1", "a", "A"))
                .with("like.js", emptyFile("like"))
                .with("ad-impressions.js", emptyFile("ad_impressions"))
                .with("ad-impressions-part1.js", emptyFile("ad_impressions"))
                .with("direct-message.js", emptyFile("direct_message"))
                .with("direct-message-group.js", emptyFile("direct_message_group"))
                .with("direct-message-headers.js", emptyFile("direct_message_headers"))
                .with("tweet_media/1-a.jpg", "x")
                .with("direct_message_media/2-b.jpg", "x");
        ArchiveLayout layout = detect(archive);
        assertEquals(Generation.G1, layout.generation());
        assertNull(layout.manifestPath());
        assertEquals(List.of("ad-impressions"), layout.skippedDataTypes());
        assertEquals(List.of("like.js"), layout.files(DataKind.LIKES));
        assertEquals(List.of("direct-message.js"), layout.files(DataKind.DIRECT_MESSAGES));
        assertEquals(List.of("direct-message-group.js"), layout.files(DataKind.DIRECT_MESSAGES_GROUP));
        assertEquals(List.of("direct-message-headers.js"), layout.files(DataKind.DIRECT_MESSAGE_HEADERS));
        assertEquals(List.of("tweet_media/"), layout.mediaFolders(ArchiveLayout.MediaRole.POSTS));
        assertEquals(List.of("direct_message_media/"), layout.mediaFolders(ArchiveLayout.MediaRole.DIRECT_MESSAGES));
        assertTrue(layout.hasDirectMessageMedia("2"));
        assertFalse(layout.hasDirectMessageMedia("3"));
        assertEquals(2, layout.mediaFileCount());
    }

    @Test
    void g1WithFilesInDataFolderButNoManifest() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/tweets.js", emptyFile("tweets"))
                .with("data/follower.js", emptyFile("follower"));
        ArchiveLayout layout = detect(archive);
        assertEquals(Generation.G1, layout.generation());
        assertEquals(List.of("data/tweets.js"), layout.files(DataKind.TWEETS));
        assertEquals(List.of("data/follower.js"), layout.files(DataKind.FOLLOWERS));
    }

    @Test
    void g0ClassicArchive() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("index.html", "<html>")
                .with("tweets.csv", "\"tweet_id\"\n")
                .with("data/js/tweet_index.js", "var tweet_index =  [ ]")
                .with("data/js/user_details.js", "var user_details =  { }")
                .with("data/js/payload_details.js", "var payload_details =  { }")
                .with("data/js/tweets/2019_02.js", "Grailbird.data.tweets_2019_02 = \n[ ]")
                .with("data/js/tweets/2017_06.js", "Grailbird.data.tweets_2017_06 = \n[ ]")
                .with("js/application.js", "x");
        ArchiveLayout layout = detect(archive);
        assertEquals(Generation.G0, layout.generation());
        assertEquals(List.of("data/js/tweets/2017_06.js", "data/js/tweets/2019_02.js"), layout.grailbirdMonthFiles());
        assertEquals("tweets.csv", layout.tweetsCsv());
        assertEquals("data/js/user_details.js", layout.userDetails());
        assertEquals("data/js/payload_details.js", layout.payloadDetails());
        assertTrue(layout.skippedDataTypes().isEmpty());
        assertTrue(layout.hasPostFiles());
    }

    @Test
    void g0FromTweetsCsvAlone() {
        assertEquals(Generation.G0, detect(new InMemoryArchive().with("tweets.csv", "\"tweet_id\"\n")).generation());
    }

    @Test
    void g0FromMonthFilesAlone() {
        assertEquals(Generation.G0, detect(new InMemoryArchive()
                .with("data/js/tweets/2012_01.js", "Grailbird.data.tweets_2012_01 = \n[ ]")).generation());
    }

    @Test
    void somethingElseIsNotAnXArchive() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("holiday/photo.jpg", "x")
                .with("notes.txt", "x")
                .with("script.js", "x");
        FledgeException e = assertThrows(FledgeException.class, () -> detect(archive));
        assertEquals(ProblemType.NOT_AN_X_ARCHIVE, e.type());
        assertTrue(e.detail().contains("data/manifest.js"));
        assertTrue(e.detail().contains("Download an archive of your data"));
    }

    @Test
    void mediaFilesAreCountedInEveryMediaFolder() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/manifest.js", manifest("2025-01-22T00:20:54.036Z", join(
                        typeWithMedia("tweets", "data/tweets.js", "tweets", 0, "data/tweets_media"),
                        typeWithMedia("directMessages", "data/direct-messages.js", "direct_messages", 0,
                                "data/direct_messages_media"),
                        typeWithMedia("profile", "data/profile.js", "profile", 0, "data/profile_media"),
                        media("oddMedia", "data/odd_folder"))))
                .with("data/tweets_media/1-a.jpg", "x")
                .with("data/tweets_media/1-b.jpg", "x")
                .with("data/tweets_media/2-c.mp4", "x")
                .with("data/direct_messages_media/1818253123846013428-vTxBTsv2.jpg", "x")
                .with("data/direct_messages_group_media/1501271667192086532-YvjVpJuc.jpg", "x")
                .with("data/profile_media/52338276-kZW7LH6v.jpg", "x")
                .with("data/profile_media/52338276-1677705247.jpg", "x")
                .with("data/community_tweet_media/3-d.jpg", "x")
                .with("data/deleted_tweets_media/4-e.jpg", "x")
                .with("data/grok_chat_media/5-f.png", "x")
                .with("data/odd_folder/6-g.png", "x")
                .with("assets/images/logo.png", "x")
                .with("data/README.txt", "x");
        ArchiveLayout layout = detect(archive);
        assertEquals(11, layout.mediaFileCount());
        assertEquals(3L, layout.mediaFolders().get("data/tweets_media/"));
        assertEquals(1L, layout.mediaFolders().get("data/odd_folder/"));
        assertEquals(List.of("data/tweets_media/", "data/community_tweet_media/", "data/deleted_tweets_media/"),
                layout.mediaFolders(ArchiveLayout.MediaRole.POSTS));
        assertEquals(List.of("data/direct_messages_group_media/"),
                layout.mediaFolders(ArchiveLayout.MediaRole.DIRECT_MESSAGES_GROUP));
        assertEquals(List.of("data/profile_media/"), layout.mediaFolders(ArchiveLayout.MediaRole.PROFILE));
        assertTrue(layout.hasDirectMessageMedia("1818253123846013428"));
        assertTrue(layout.hasDirectMessageMedia("1501271667192086532"));
        assertFalse(layout.hasDirectMessageMedia("1"));
    }

    @Test
    void aManifestAtTheRootResolvesDataPathsToTheRoot() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("manifest.js", manifest("2024-11-16T11:33:22.222Z",
                        typeWithMedia("tweets", "data/tweets.js", "tweets", 1, "data/tweets_media")))
                .with("tweets.js", emptyFile("tweets"))
                .with("tweets_media/1-a.jpg", "x");
        ArchiveLayout layout = detect(archive);
        assertEquals(Generation.G3, layout.generation());
        assertEquals(List.of("tweets.js"), layout.files(DataKind.TWEETS));
        assertEquals(List.of("tweets_media/"), layout.mediaFolders(ArchiveLayout.MediaRole.POSTS));
        assertTrue(warnings.isEmpty());
    }

    @Test
    void aBrokenManifestIsAWarningAndFilesAreFoundByName() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/manifest.js", "window.__THAR_CONFIG = {\n  \"userInfo\" : {,\n}")
                .with("data/tweet.js", emptyFile("tweet"))
                .with("data/like.js", emptyFile("like"));
        ArchiveLayout layout = detect(archive);
        assertEquals(Generation.G2, layout.generation());
        assertNull(layout.manifest());
        assertEquals(List.of("data/like.js"), layout.files(DataKind.LIKES));
        assertEquals(1, warnings.size());
        assertEquals("data/manifest.js", warnings.entries().get(0).file());
        assertEquals(2, warnings.entries().get(0).line());
    }

    @Test
    void strictModeRefusesABrokenManifest() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/manifest.js", "window.__THAR_CONFIG = {\n  \"userInfo\" : {,\n}");
        FledgeException e = assertThrows(FledgeException.class,
                () -> ArchiveLayout.detect(archive, new DataFileReader(archive), new Warnings(true)));
        assertEquals(ProblemType.INVALID_DATA_FILE, e.type());
        assertEquals("data/manifest.js", e.location().file());
        assertEquals(2, e.location().line());
    }

    @Test
    void aManifestWithoutTweetTypesFallsBackToTheGenerationDate() {
        String older = manifest("2022-05-12T00:00:00.000Z", type("like", "data/like.js", "like", 0));
        String newer = manifest("2023-02-18T00:00:00.000Z", type("like", "data/like.js", "like", 0));
        assertEquals(Generation.G2, detect(new InMemoryArchive().with("data/manifest.js", older)).generation());
        assertEquals(Generation.G3, detect(new InMemoryArchive().with("data/manifest.js", newer)).generation());
    }

    @Test
    void theManifestGivesOwnerAndGenerationDate() {
        InMemoryArchive archive = new InMemoryArchive()
                .with("data/manifest.js", manifest("2024-11-16T11:33:22.222Z", type("like", "data/like.js", "like", 0)));
        Manifest manifest = detect(archive).manifest();
        assertEquals("52338276", manifest.accountId());
        assertEquals("owner_now", manifest.userName());
        assertEquals("Owner", manifest.displayName());
        assertEquals(java.time.Instant.parse("2024-11-16T11:33:22.222Z"), manifest.generatedAt());
        assertEquals(0L, manifest.dataTypes().get("like").files().get(0).count());
    }
}
