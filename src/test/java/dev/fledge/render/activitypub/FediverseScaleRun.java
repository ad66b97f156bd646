package dev.fledge.render.activitypub;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.fledge.archive.ArchiveLimits;
import dev.fledge.archive.SafeZipArchive;
import dev.fledge.render.activitystreams.ActivityStreamsOptions;
import dev.fledge.render.activitystreams.ActivityStreamsWriter;
import dev.fledge.render.mastodonarchive.MastodonArchiveWriter;
import dev.fledge.xarchive.OptionalData;
import dev.fledge.xarchive.ReadOptions;
import dev.fledge.xarchive.XArchive;
import dev.fledge.xarchive.XArchiveReader;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Converts a big X archive to both fediverse targets in this JVM (run with a small heap by the scale test), writes
 * the ZIPs into a folder, checks them by streaming (outbox item counts against the report, page entries, media
 * entries) and prints time and peak heap of each conversion. Exits non-zero on a failed check.
 *
 * <p>Arguments: the X archive, a work folder.
 */
public final class FediverseScaleRun {

    public static void main(String[] args) throws Exception {
        Path archive = Path.of(args[0]);
        Path work = Path.of(args[1]);
        ConversionOptions common = ConversionOptions.defaults(RetweetPolicy.SKIP);

        Path mastodonZip = work.resolve("mastodon.zip");
        long[] mastodonItems = new long[1];
        Measured mastodon = measure("mastodon-archive", archive, work, (document, temp) -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(mastodonZip), 1 << 16)) {
                ConversionReport report = new MastodonArchiveWriter().write(document, common, out, temp);
                mastodonItems[0] = report.exportedCount("notes") + report.exportedCount("announces");
            }
        });
        check(mastodonItems[0] > 0, "mastodon: nothing exported");
        try (ZipFile zip = new ZipFile(mastodonZip.toFile())) {
            long items = countOrderedItems(zip, "outbox.json");
            check(items == mastodonItems[0], "mastodon: outbox holds " + items + " items, report says " + mastodonItems[0]);
            long media = zip.stream().filter(e -> e.getName().startsWith("media_attachments/")).count();
            check(media > 0, "mastodon: no media");
            System.out.printf("mastodon-archive: %d items, %d media files, ZIP %d MB%n", items, media,
                    Files.size(mastodonZip) >> 20);
        }
        Files.delete(mastodonZip);

        Path as2Zip = work.resolve("activitystreams.zip");
        long[] as2Items = new long[1];
        ActivityStreamsOptions as2Options = new ActivityStreamsOptions(common.withRetweets(RetweetPolicy.ANNOUNCE), null,
                ActivityStreamsOptions.DEFAULT_PAGE_SIZE);
        Measured as2 = measure("activitystreams", archive, work, (document, temp) -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(as2Zip), 1 << 16)) {
                ConversionReport report = new ActivityStreamsWriter().writeZip(document, as2Options, out, temp);
                as2Items[0] = report.exportedCount("notes") + report.exportedCount("announces");
            }
        });
        try (ZipFile zip = new ZipFile(as2Zip.toFile())) {
            long pages = zip.stream().filter(e -> e.getName().startsWith("outbox/page-")).count();
            long expectedPages = Math.max(1, (as2Items[0] + as2Options.pageSize() - 1) / as2Options.pageSize());
            check(pages == expectedPages, "activitystreams: " + pages + " pages, expected " + expectedPages);
            long first = countOrderedItems(zip, "outbox/page-1.json");
            long last = countOrderedItems(zip, "outbox/page-" + pages + ".json");
            check(first == Math.min(as2Options.pageSize(), as2Items[0]), "activitystreams: first page holds " + first);
            check((pages - 1) * as2Options.pageSize() + last == as2Items[0], "activitystreams: pages hold the items");
            System.out.printf("activitystreams: %d items in %d pages, ZIP %d MB%n", as2Items[0], pages,
                    Files.size(as2Zip) >> 20);
        }
        Files.delete(as2Zip);
        System.out.println(mastodon);
        System.out.println(as2);
        System.out.println("OK");
    }

    /** One conversion of the opened archive. */
    private interface Conversion {
        void run(XArchive document, Path temp) throws IOException;
    }

    /**
     * @param peakHeapMb the highest heap use seen (with the serial collector this includes garbage not yet collected,
     *                   so it approaches the maximum by design)
     * @param readLiveMb  the highest heap use right after a forced full collection (sampled every
     *                    {@value #SAMPLE_MILLIS} ms) while the reader makes its pass
     * @param writeLiveMb the same while the writer converts: the memory the conversion really held
     */
    private record Measured(String target, double readSeconds, double writeSeconds, long peakHeapMb, long readLiveMb,
                            long writeLiveMb, int samples, long maxHeapMb) {
        @Override
        public String toString() {
            return String.format("%s: read %.1f s, write %.1f s (with %d forced GCs); live heap at most %d MB while "
                    + "reading, %d MB while writing; peak use %d MB of %d MB max", target, readSeconds, writeSeconds,
                    samples, readLiveMb, writeLiveMb, peakHeapMb, maxHeapMb);
        }
    }

    private static final long SAMPLE_MILLIS = 2_000;

    /** Forces a full collection every {@value #SAMPLE_MILLIS} ms and keeps the highest heap use found after it. */
    private static final class LiveHeapSampler implements AutoCloseable {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long peak;
        private volatile long readPeak;
        private volatile int samples;

        LiveHeapSampler() {
            thread = new Thread(() -> {
                while (running) {
                    try {
                        Thread.sleep(SAMPLE_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    System.gc();
                    long used = 0; // what each heap pool held when the collection ended, before new allocations
                    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                            used += pool.getCollectionUsage().getUsed();
                        }
                    }
                    peak = Math.max(peak, used);
                    samples++;
                }
            }, "live-heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        /** The reading pass is over: what follows is the writer's. */
        void writing() {
            readPeak = peak;
            peak = 0;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.interrupt();
            thread.join();
        }
    }

    private static Measured measure(String target, Path archive, Path work, Conversion conversion)
            throws IOException, InterruptedException {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Path spool = Files.createDirectories(work.resolve(target + "-spool"));
        Path temp = Files.createDirectories(work.resolve(target + "-temp"));
        long start = System.nanoTime();
        long read;
        LiveHeapSampler sampler = new LiveHeapSampler();
        try (sampler; SafeZipArchive zip = SafeZipArchive.open(archive, ArchiveLimits.defaults());
             XArchive document = new XArchiveReader().read(zip, new ReadOptions(false, spool,
                     EnumSet.of(OptionalData.LIKES, OptionalData.RELATIONSHIPS)))) {
            read = System.nanoTime();
            sampler.writing();
            conversion.run(document, temp);
        }
        long end = System.nanoTime();
        try (var left = Files.list(temp)) {
            check(left.findAny().isEmpty(), target + ": temporary files left");
        }
        Files.delete(temp);
        Files.delete(spool);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return new Measured(target, (read - start) / 1e9, (end - read) / 1e9, peak >> 20, sampler.readPeak >> 20,
                sampler.peak >> 20, sampler.samples, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** Counts the items of the top-level orderedItems array of a JSON entry, streaming. */
    private static long countOrderedItems(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        check(entry != null, "no " + name);
        try (InputStream in = zip.getInputStream(entry);
             JsonParser parser = ConvertedZip.MAPPER.getFactory().createParser(in)) {
            check(parser.nextToken() == JsonToken.START_OBJECT, name + " is no object");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals("orderedItems")) {
                    long count = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        parser.skipChildren();
                        count++;
                    }
                    return count;
                }
                parser.skipChildren();
            }
        }
        throw new IllegalStateException(name + " has no orderedItems");
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            System.out.println("FAILED: " + message);
            System.exit(1);
        }
    }
}
