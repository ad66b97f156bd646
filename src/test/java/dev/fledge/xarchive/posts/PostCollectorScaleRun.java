package dev.fledge.xarchive.posts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fledge.archive.ArchiveContent;
import dev.fledge.archive.ArchiveEntry;
import dev.fledge.model.Post;
import dev.fledge.model.PostCounts;
import dev.fledge.model.PostOrigin;
import dev.fledge.xarchive.AccountDirectory;
import dev.fledge.xarchive.Warnings;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Pushes N synthetic rows (made from one template row, changed in place) through a {@link PostCollector} and reads
 * them back oldest first, checking order and completeness. Run in its own JVM with a small heap by
 * {@link PostCollectorScaleTest}; prints throughput and peak heap, exits non-zero on a failed check.
 */
public final class PostCollectorScaleRun {

    private static final String TEMPLATE = """
            { "edit_info" : { "initial" : { "editTweetIds" : [ "0" ], "editsRemaining" : "5", "isEditEligible" : false } },
              "retweeted" : false, "source" : "<a href=\\"http://twitter.com/download/android\\" rel=\\"nofollow\\">Twitter for Android</a>",
              "entities" : {
                "hashtags" : [ { "text" : "100DaysOfCode", "indices" : [ "6", "20" ] } ],
                "symbols" : [ ],
                "user_mentions" : [ { "name" : "Bob", "screen_name" : "bob", "indices" : [ "31", "35" ], "id_str" : "42", "id" : "42" } ],
                "urls" : [ { "url" : "https://t.co/abcdefghij", "expanded_url" : "https://example.com/some/page?x=1", "display_url" : "example.com/some/page…", "indices" : [ "36", "59" ] } ] },
              "display_text_range" : [ "0", "83" ], "favorite_count" : "3", "truncated" : false, "retweet_count" : "1",
              "possibly_sensitive" : false, "favorited" : false, "lang" : "en",
              "full_text" : "2/100 #100DaysOfCode 👨‍💻 &amp; @bob https://t.co/abcdefghij https://t.co/mediamedia",
              "extended_entities" : { "media" : [ { "url" : "https://t.co/mediamedia", "indices" : [ "60", "83" ], "type" : "photo",
                "id_str" : "1", "media_url_https" : "https://pbs.twimg.com/media/GbR_peKWAAA25BG.jpg",
                "sizes" : { "large" : { "w" : "1080", "h" : "1435", "resize" : "fit" } } } ] } }""";

    private static final DateTimeFormatter TWITTER_DATE =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT).withZone(ZoneOffset.UTC);

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        Path spoolDir = Path.of(args[1]);
        ObjectNode template = (ObjectNode) Fixtures.json(TEMPLATE);
        ArrayNode editIds = (ArrayNode) template.get("edit_info").get("initial").get("editTweetIds");

        long base = TwitterDates.SNOWFLAKE_EPOCH_MILLIS + 400_000_000_000L; // 2023
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long generatorCpuStart = threads.getCurrentThreadCpuTime();
        long generatorStart = System.nanoTime();
        for (int i = 0; i < rows; i++) {
            fill(template, editIds, base, i);
        }
        double generatorSeconds = (System.nanoTime() - generatorStart) / 1e9;
        double generatorCpu = (threads.getCurrentThreadCpuTime() - generatorCpuStart) / 1e9;

        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        Warnings warnings = new Warnings();
        try (PostCollector collector = new PostCollector(new EveryMediaFilePresent(), List.of("data/tweets_media/"),
                "52338276", spoolDir, new AccountDirectory(), warnings)) {
            // rows newest first within each of 4 parts, parts out of order (as X writes them)
            int parts = 4;
            int perPart = rows / parts;
            int[] partOrder = {2, 0, 3, 1};
            for (int p : partOrder) {
                int from = p * perPart;
                int to = p == parts - 1 ? rows : from + perPart;
                for (int i = to - 1; i >= from; i--) {
                    fill(template, editIds, base, i);
                    collector.addTweet(template, PostOrigin.TWEETS, "data/tweets-part" + p + ".js");
                }
            }
            long added = System.nanoTime();
            long cpuAdded = threads.getCurrentThreadCpuTime();
            PostCounts counts = collector.counts();
            long previous = Long.MIN_VALUE;
            long emitted = 0;
            long textChars = 0;
            for (Iterator<Post> it = collector.oldestFirst(); it.hasNext(); ) {
                Post post = it.next();
                long t = post.createdAt().toEpochMilli();
                if (t < previous) {
                    fail("order broken at post " + emitted);
                }
                if (post.media().size() != 1 || post.media().get(0).archivePath() == null
                        || post.entities().mentions().size() != 1) {
                    fail("post incomplete at " + emitted);
                }
                textChars += post.text().length();
                previous = t;
                emitted++;
            }
            long done = System.nanoTime();
            long cpuDone = threads.getCurrentThreadCpuTime();
            if (emitted != rows || counts.posts() != rows || warnings.size() != 0) {
                fail("expected " + rows + " posts, emitted " + emitted + ", counted " + counts.posts()
                        + ", warnings " + warnings.size());
            }
            long spoolBytes;
            try (var files = Files.list(spoolDir)) {
                spoolBytes = files.mapToLong(f -> f.toFile().length()).sum();
            }
            double addSeconds = (added - start) / 1e9 - generatorSeconds;
            double emitSeconds = (done - added) / 1e9;
            double addCpu = (cpuAdded - cpuStart) / 1e9 - generatorCpu;
            double emitCpu = (cpuDone - cpuAdded) / 1e9;
            System.out.printf(Locale.ROOT, "rows=%d add (generator time excluded)=%.2fs wall, %.2fs cpu (%.0f rows "
                            + "per cpu-second) sort+emit=%.2fs wall, %.2fs cpu (%.0f posts per cpu-second) "
                            + "spool=%.1f MB (%.0f B/post) peakHeap=%.1f MB maxHeap=%.0f MB chars=%d%n",
                    rows, addSeconds, addCpu, rows / addCpu, emitSeconds, emitCpu, rows / emitCpu, spoolBytes / 1e6,
                    (double) spoolBytes / rows, peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6, textChars);
            System.out.println("OK");
        }
    }

    /** Makes the template row number {@code i}: one post a minute. */
    private static void fill(ObjectNode template, ArrayNode editIds, long base, int i) {
        long millis = base + i * 60_000L;
        long id = ((millis - TwitterDates.SNOWFLAKE_EPOCH_MILLIS) << 22) | (i & 0xFFF);
        String idText = Long.toString(id);
        template.put("id_str", idText);
        template.put("id", idText);
        template.put("created_at", TWITTER_DATE.format(Instant.ofEpochMilli(millis)));
        editIds.removeAll();
        editIds.add(idText);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void fail(String message) {
        System.out.println("FAILED: " + message);
        System.exit(2);
    }

    /** Answers every media lookup with a file, without holding any names. */
    private static final class EveryMediaFilePresent implements ArchiveContent {
        @Override
        public String root() {
            return "";
        }

        @Override
        public Optional<ArchiveEntry> entry(String path) {
            return path.startsWith("data/tweets_media/") ? Optional.of(new ArchiveEntry(path, 1, 1)) : Optional.empty();
        }

        @Override
        public void forEachEntry(String prefix, Consumer<ArchiveEntry> action) {
        }

        @Override
        public InputStream open(ArchiveEntry entry) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int entryCount() {
            return 0;
        }

        @Override
        public long totalUncompressedSize() {
            return 0;
        }

        @Override
        public void close() {
        }
    }
}
