package dev.fledge.xarchive.posts;

import dev.fledge.model.MediaFileCounts;
import dev.fledge.model.MediaKind;
import dev.fledge.model.Post;
import dev.fledge.model.PostMedia;
import dev.fledge.model.PostOrigin;
import dev.fledge.model.VideoVariant;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.fledge.xarchive.posts.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Media items and their files (FORMAT.md §2.1, §5.3.2). */
class PostMediaTest {

    private static final String VIDEO = """
            { "id_str" : "1841071718988714381", "created_at" : "Tue Oct 01 11:04:37 +0000 2024", "full_text" : "TIL https://t.co/6TgrkfcTuR",
              "entities" : { "media" : [ { "url" : "https://t.co/6TgrkfcTuR", "indices" : [ "4", "27" ], "type" : "photo", "id_str" : "1841071622142255105",
                                           "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1841071622142255105/pu/img/VC9nz8h22NB1eNW7.jpg" } ] },
              "extended_entities" : { "media" : [ {
                "url" : "https://t.co/6TgrkfcTuR", "indices" : [ "4", "27" ], "id_str" : "1841071622142255105", "type" : "video",
                "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1841071622142255105/pu/img/VC9nz8h22NB1eNW7.jpg",
                "sizes" : { "large" : { "w" : "2048", "h" : "1201", "resize" : "fit" }, "small" : { "w" : "680", "h" : "399", "resize" : "fit" } },
                "video_info" : { "aspect_ratio" : [ "307", "180" ], "duration_millis" : "17533", "variants" : [
                  { "bitrate" : "256000", "content_type" : "video/mp4", "url" : "https://video.twimg.com/ext_tw_video/1841071622142255105/pu/vid/avc1/460x270/mgNTqoYj0DN6yJen.mp4?tag=14" },
                  { "bitrate" : "10368000", "content_type" : "video/mp4", "url" : "https://video.twimg.com/ext_tw_video/1841071622142255105/pu/vid/avc1/1842x1080/wZwdl2psWVDiB7ej.mp4?tag=14" },
                  { "content_type" : "application/x-mpegURL", "url" : "https://video.twimg.com/ext_tw_video/1841071622142255105/pu/pl/xp-KNWaUMnxLLIMD.m3u8?tag=14" },
                  { "bitrate" : "2176000", "content_type" : "video/mp4", "url" : "https://video.twimg.com/ext_tw_video/1841071622142255105/pu/vid/avc1/1228x720/nkZ7neTrZOjsHY_Z.mp4?tag=14" } ] } } ] } }""";

    private static final String GIF = """
            { "id_str" : "1854591356741861770", "created_at" : "Thu Nov 07 18:26:50 +0000 2024", "full_text" : "@skgsergio Eso qué es? https://t.co/D2YadnXzbJ",
              "extended_entities" : { "media" : [ {
                "url" : "https://t.co/D2YadnXzbJ", "indices" : [ "23", "46" ], "id_str" : "1854591345924444164", "type" : "animated_gif",
                "media_url_https" : "https://pbs.twimg.com/tweet_video_thumb/GbzVAMlXEAQnc5_.jpg",
                "video_info" : { "aspect_ratio" : [ "1", "1" ], "variants" : [ { "bitrate" : "0", "content_type" : "video/mp4", "url" : "https://video.twimg.com/tweet_video/GbzVAMlXEAQnc5_.mp4" } ] } } ] } }""";

    private static final String TWO_PHOTOS = """
            { "id_str" : "1852245699527643188", "created_at" : "Fri Nov 01 07:06:02 +0000 2024", "full_text" : "two https://t.co/Cv0fEiP9Rn",
              "extended_entities" : { "media" : [
                { "url" : "https://t.co/Cv0fEiP9Rn", "indices" : [ "4", "27" ], "id_str" : "1852245697203929088", "type" : "photo",
                  "media_url_https" : "https://pbs.twimg.com/media/GbR_peKWAAA25BG.jpg", "sizes" : { "large" : { "w" : "1080", "h" : "1435", "resize" : "fit" } } },
                { "url" : "https://t.co/Cv0fEiP9Rn", "indices" : [ "4", "27" ], "id_str" : "1852245697241767937", "type" : "photo",
                  "media_url_https" : "https://pbs.twimg.com/media/GbR_peTXYAEECbW.png" } ] } }""";

    @Test
    void videoUsesTheHighestBitrateMp4AndExtendedEntitiesOnly() {
        FakeArchive archive = new FakeArchive("data/tweets_media/1841071718988714381-wZwdl2psWVDiB7ej.mp4");
        Fixtures.Collected c = Fixtures.collect(archive, Fixtures.OWNER_ID,
                col -> col.addTweet(json(VIDEO), PostOrigin.TWEETS, "data/tweets.js"));
        Post post = c.only();
        assertEquals(1, post.media().size());
        PostMedia video = post.media().get(0);
        assertEquals(MediaKind.VIDEO, video.kind());
        assertEquals("data/tweets_media/1841071718988714381-wZwdl2psWVDiB7ej.mp4", video.archivePath());
        assertEquals("video/mp4", video.contentType());
        assertEquals(2048, video.width());
        assertEquals(1201, video.height());
        assertEquals(17533L, video.durationMillis());
        assertEquals(4, video.videoVariants().size());
        assertEquals(new VideoVariant("https://video.twimg.com/ext_tw_video/1841071622142255105/pu/pl/xp-KNWaUMnxLLIMD.m3u8?tag=14",
                "application/x-mpegURL", null), video.videoVariants().get(2));
        assertEquals("https://pbs.twimg.com/ext_tw_video_thumb/1841071622142255105/pu/img/VC9nz8h22NB1eNW7.jpg", video.originalUrl());
        assertNull(video.altText());
        assertEquals("TIL", post.text());
        assertEquals(new MediaFileCounts(1, 1, 0), c.media());
        assertEquals(0, archive.listings, "no miss, no listing");
    }

    @Test
    void animatedGifAndPhotosAreLookedUpInEveryMediaFolder() {
        FakeArchive archive = new FakeArchive(
                "data/tweet_media/1854591356741861770-GbzVAMlXEAQnc5_.mp4",
                "data/tweets_media/1852245699527643188-GbR_peKWAAA25BG.jpg",
                "data/tweets_media/1852245699527643188-GbR_peTXYAEECbW.png");
        Fixtures.Collected c = collectWithFolders(archive, GIF, TWO_PHOTOS);
        PostMedia gif = c.byId("1854591356741861770").media().get(0);
        assertEquals(MediaKind.ANIMATED_GIF, gif.kind());
        assertEquals("data/tweet_media/1854591356741861770-GbzVAMlXEAQnc5_.mp4", gif.archivePath());
        Post photos = c.byId("1852245699527643188");
        assertEquals(2, photos.media().size());
        assertEquals("image/jpeg", photos.media().get(0).contentType());
        assertEquals("image/png", photos.media().get(1).contentType());
        assertEquals(1080, photos.media().get(0).width());
        assertNull(photos.media().get(1).width());
        assertEquals(new MediaFileCounts(3, 3, 0), c.media());
    }

    @Test
    void missingFilesFallBackToAnyFileOfThePostWithTheSameExtensionThenToNull() {
        // the jpg exists under another name, the png does not exist at all
        FakeArchive archive = new FakeArchive(
                "data/tweets_media/1852245699527643188-renamed.jpg",
                "data/tweets_media/1852245699527643188-other.mp4",
                "data/tweets_media/999-unrelated.png");
        Fixtures.Collected c = collectWithFolders(archive, TWO_PHOTOS);
        Post post = c.only();
        assertEquals("data/tweets_media/1852245699527643188-renamed.jpg", post.media().get(0).archivePath());
        assertNull(post.media().get(1).archivePath());
        assertEquals("image/png", post.media().get(1).contentType(), "the type is still known from X's URL");
        assertEquals(new MediaFileCounts(2, 1, 1), c.media());
        assertEquals(2, archive.listings, "each media folder listed once, only because of the misses");
        assertEquals(0, c.warnings().size(), "missing media is not a problem of the row");
    }

    private static Fixtures.Collected collectWithFolders(FakeArchive archive, String... rows) {
        return Fixtures.collect(archive, List.of("data/tweet_media/", "data/tweets_media"), Fixtures.OWNER_ID, c -> {
            for (String row : rows) {
                c.addTweet(json(row), PostOrigin.TWEETS, "data/tweets.js");
            }
        });
    }
}
