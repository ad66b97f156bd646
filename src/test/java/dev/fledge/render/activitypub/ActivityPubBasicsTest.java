package dev.fledge.render.activitypub;

import dev.fledge.model.Account;
import dev.fledge.model.MediaKind;
import dev.fledge.model.PostMedia;
import dev.fledge.model.VideoVariant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** IRIs, dates, languages, media naming and the id set the fediverse writers build on. */
class ActivityPubBasicsTest {

    @Test
    @DisplayName("IRIs without actorUrl: the X profile, X status URLs, X hashtag pages; with it: under the account")
    void iris() {
        Account account = new Account("99", "jane", "Jane", Instant.EPOCH, false, false, null, List.of());
        ActorIris x = ActorIris.of(account, null);
        assertEquals("https://x.com/jane", x.actor());
        assertEquals("https://x.com/jane/status/5", x.status("5"));
        assertEquals("https://x.com/jane/status/5/activity", x.activity("5"));
        assertEquals("https://x.com/jane/followers", x.followers());
        assertEquals("https://x.com/jane/outbox?page=2", x.outboxPage(2));
        assertEquals("https://x.com/hashtag/%E6%97%A5%E6%9C%AC", x.hashtag("日本"));
        ActorIris own = ActorIris.of(account, "https://social.example:8443/users/jane");
        assertEquals("https://social.example:8443/users/jane/statuses/5", own.status("5"));
        assertEquals("https://social.example:8443/tags/fedi", own.hashtag("fedi"));
        assertEquals("https://x.com/i/user/77", ActorIris.xUser("77"));
        assertEquals("https://x.com/i/web/status/8", ActorIris.xStatus("8"));
        ActorIris nameless = ActorIris.of(new Account("99", null, null, null, null, null, null, List.of()), null);
        assertEquals("https://x.com/i/user/99", nameless.actor());
        assertEquals("https://x.com/i/web/status/5", nameless.status("5"));
    }

    @Test
    @DisplayName("dates: YYYY-MM-DDTHH:MM:SSZ, fractions dropped; the day at midnight")
    void dates() {
        assertEquals("2024-09-02T08:15:30Z", AsDates.format(Instant.parse("2024-09-02T08:15:30.999Z")));
        assertEquals("2018-05-25T00:00:00Z", AsDates.formatDay(Instant.parse("2018-05-25T13:45:53Z")));
    }

    @Test
    @DisplayName("languages: BCP 47 keys only; pseudo-codes none; legacy codes mapped")
    void languages() {
        assertEquals("en", Languages.contentMapKey("en"));
        assertEquals("en-GB", Languages.contentMapKey("en-gb"));
        assertEquals("zh-CN", Languages.contentMapKey("zh-cn"));
        assertEquals("he", Languages.contentMapKey("iw"));
        for (String none : new String[]{null, "", "und", "qme", "qht", "qam", "qct", "qst", "zxx", "art", "x", "e n"}) {
            assertNull(Languages.contentMapKey(none), none);
        }
    }

    @Test
    @DisplayName("media: 16 hex digits distinct for distinct ids, digits in groups of three, extension and type")
    void media() {
        Set<String> seen = new HashSet<>();
        for (long id = 1_837_937_390_970_228_000L; id < 1_837_937_390_970_228_000L + 100_000; id++) {
            assertTrue(seen.add(MediaItems.hex16(id)));
        }
        assertEquals(16, MediaItems.hex16(1).length());
        assertEquals("001/837/937/390/970/228/754", MediaItems.digitGroups(1_837_937_390_970_228_754L));
        assertEquals("123", MediaItems.digitGroups(123));
        assertEquals("001/000", MediaItems.digitGroups(1000));
        PostMedia video = new PostMedia("12", MediaKind.VIDEO, "data/tweets_media/5-abc.mp4", null, 1, 1, null,
                "https://pbs.twimg.com/thumb.jpg", List.of(
                new VideoVariant("https://video.twimg.com/low.mp4", "video/mp4", 256_000L),
                new VideoVariant("https://video.twimg.com/p.m3u8", "application/x-mpegURL", null),
                new VideoVariant("https://video.twimg.com/high.mp4?tag=12", "video/mp4", 2_176_000L)), 1000L, null);
        assertEquals(12, MediaItems.key(video));
        assertEquals("mp4", MediaItems.extension(video));
        assertEquals("video/mp4", MediaItems.mediaType(video));
        assertEquals("https://video.twimg.com/high.mp4?tag=12", MediaItems.xUrl(video));
        assertEquals("video/mp4", MediaItems.xUrlMediaType(video));
        PostMedia noId = new PostMedia(null, MediaKind.PHOTO, "data/tweets_media/5-abc.png", null, null, null, null,
                "https://pbs.twimg.com/media/abc.png", List.of(), null, null);
        assertEquals(MediaItems.key(noId), MediaItems.key(noId));
        assertTrue(MediaItems.key(noId) != 0);
        assertEquals("image/png", MediaItems.mediaType(noId));
    }

    @Test
    @DisplayName("LongHashSet: a million random ids, no false answers, grows past its first size")
    void longHashSet() {
        LongHashSet set = new LongHashSet(16);
        Random random = new Random(1);
        Set<Long> reference = new HashSet<>();
        for (int i = 0; i < 1_000_000; i++) {
            long value = random.nextLong() >>> random.nextInt(60);
            assertEquals(reference.add(value), set.add(value));
        }
        assertEquals(reference.size(), set.size());
        assertEquals(reference.contains(0L), set.contains(0));
        assertEquals(!reference.contains(0L), set.add(0));
        assertTrue(set.contains(0) && !set.add(0));
        Random again = new Random(1);
        for (int i = 0; i < 1_000; i++) {
            assertTrue(set.contains(again.nextLong() >>> again.nextInt(60)));
        }
        assertFalse(new LongHashSet(4).contains(42));
    }
}
