package dev.fledge.render.mastodoncsv;

import dev.fledge.testkit.SyntheticArchiveGenerator;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Generates a synthetic archive, builds a map covering half of its followed accounts ({@link HalfFollowingMap}),
 * exports it (without and with a bridge domain) and prints the resolved and unresolved accounts by source and reason,
 * the time of each step and the peak heap. Run from the test classpath, e.g. with a small heap:
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -Xmx256m -cp target/test-classes:target/classes:$(cat target/classpath.txt) \
 *     dev.fledge.render.mastodoncsv.MastodonCsvScaleRun 100000 42
 * </pre>
 */
public final class MastodonCsvScaleRun {

    private MastodonCsvScaleRun() {
    }

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Path dir = Files.createTempDirectory("fledge-csv-scale");
        Path zip = dir.resolve("synthetic.zip");
        long t0 = System.nanoTime();
        new SyntheticArchiveGenerator(posts, seed).writeTo(zip);
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "archive: %,d posts, %,d bytes, generated in %d ms%n", posts, Files.size(zip),
                (t1 - t0) / 1_000_000);
        try (OpenedTestArchive archive = OpenedTestArchive.open(zip)) {
            long t2 = System.nanoTime();
            var counts = archive.document().counts();
            System.out.printf(Locale.ROOT, "read pass: %d ms; following %,d (with screen name %,d), blocks %,d, "
                            + "mutes %,d, followers %,d, lists %,d, directory %,d accounts%n", (t2 - t1) / 1_000_000,
                    counts.following(), counts.followingWithScreenName(), counts.blocks(), counts.mutes(),
                    counts.followers(), counts.lists(), archive.document().knownAccounts().size());
            HalfFollowingMap half = HalfFollowingMap.of(archive.document());
            AccountMap map = AccountMapTest.read(half.csv);
            System.out.printf(Locale.ROOT, "account map: %,d rows (%,d by screen name), %,d bytes%n", half.rows,
                    half.byScreenName, half.csv.length());
            for (String bridge : new String[]{null, "bridge.example"}) {
                long t3 = System.nanoTime();
                MastodonCsvExport export = MastodonCsvExport.prepare(archive.document(), map,
                        MastodonCsvOptions.defaults().withBridgeDomain(bridge));
                long t4 = System.nanoTime();
                CountingSink sink = new CountingSink();
                export.writeZip(sink);
                long t5 = System.nanoTime();
                System.out.printf(Locale.ROOT, "%nbridgeDomain=%s: prepare (first pass) %d ms, ZIP %,d bytes in %d ms%n",
                        bridge, (t4 - t3) / 1_000_000, sink.count, (t5 - t4) / 1_000_000);
                System.out.printf(Locale.ROOT, "  totals: resolved %,d, unresolved %,d; files %s%n",
                        export.resolvedTotal(), export.unresolvedTotal(), export.zipEntryNames());
                for (Source source : Source.values()) {
                    SourceFigures f = export.figures(source);
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                            "  %-9s accounts %,7d  resolved %,7d (", source.slug(), f.accounts(), f.resolved()));
                    for (ResolvedBy by : ResolvedBy.values()) {
                        line.append(by.slug()).append(' ').append(f.resolved(by)).append(", ");
                    }
                    line.setLength(line.length() - 2);
                    line.append(String.format(Locale.ROOT, ")  unresolved %,7d (", f.unresolved()));
                    for (UnresolvedReason reason : UnresolvedReason.values()) {
                        line.append(reason.slug()).append(' ').append(f.unresolved(reason)).append(", ");
                    }
                    line.setLength(line.length() - 2);
                    System.out.println(line.append(')'));
                }
            }
        }
        System.out.printf(Locale.ROOT, "%npeak heap: %,d MB (max %,d MB)%n", peakHeap() / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Files.deleteIfExists(zip);
        Files.deleteIfExists(dir);
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Counts and discards what the export writes. */
    private static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
