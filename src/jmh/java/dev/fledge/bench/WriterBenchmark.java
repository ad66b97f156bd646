package dev.fledge.bench;

import dev.fledge.archive.ArchiveLimits;
import dev.fledge.archive.SafeZipArchive;
import dev.fledge.render.activitypub.ConversionOptions;
import dev.fledge.render.activitypub.ConversionReport;
import dev.fledge.render.activitypub.RetweetPolicy;
import dev.fledge.render.activitystreams.ActivityStreamsOptions;
import dev.fledge.render.activitystreams.ActivityStreamsWriter;
import dev.fledge.render.mastodonarchive.MastodonArchiveWriter;
import dev.fledge.render.mastodoncsv.AccountMap;
import dev.fledge.render.mastodoncsv.CsvFile;
import dev.fledge.render.mastodoncsv.MastodonCsvExport;
import dev.fledge.render.mastodoncsv.MastodonCsvOptions;
import dev.fledge.render.normalized.NormalizedCounts;
import dev.fledge.render.normalized.NormalizedFormat;
import dev.fledge.render.normalized.NormalizedOptions;
import dev.fledge.render.normalized.NormalizedWriter;
import dev.fledge.testkit.ArchiveFacts;
import dev.fledge.xarchive.OptionalData;
import dev.fledge.xarchive.ReadOptions;
import dev.fledge.xarchive.XArchive;
import dev.fledge.xarchive.XArchiveReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of each writer over the same document, with the default options of its API endpoint, writing to an
 * output stream that discards the bytes. The document is a synthetic archive read ONCE in the trial setup (with a
 * spool folder and every optional kind) and then held in memory ({@link ReplayedDocument}), so these figures are the
 * writers' own work: reading and replaying the spool is {@link ReaderBenchmark#readAndReplay}. Media files are small
 * stand-ins, opened from the archive each time (the two ZIP targets copy them).
 *
 * <p>Results: ops/s (whole documents written per second), {@code posts} (posts of the document per second; the
 * targets walk all of them, exporting or leaving out each by its options) and {@code outputMegabytes} (MB/s
 * written); for the Mastodon CSV target, which writes accounts, {@code rows} instead of posts.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@State(Scope.Benchmark)
public class WriterBenchmark {

    /** Posts of the synthetic archive. */
    @Param("20000")
    public int posts;

    private Path folder;
    private SafeZipArchive content;
    private XArchive read;
    private ReplayedDocument document;

    @Setup(Level.Trial)
    public void readDocument() throws IOException {
        folder = Files.createTempDirectory("fledge-jmh-writer-");
        Path archive = folder.resolve("archive.zip");
        ArchiveFacts facts = BenchArchives.generate(posts, archive);
        content = SafeZipArchive.open(archive, ArchiveLimits.defaults());
        Path spool = Files.createDirectory(folder.resolve("spool"));
        read = new XArchiveReader().read(content, new ReadOptions(true, spool, EnumSet.allOf(OptionalData.class)));
        document = new ReplayedDocument(read);
        System.out.printf("%n[setup] %d posts generated, %d in the document (live posts), %d likes, archive %.1f MB%n",
                facts.posts(), document.postCount(), facts.likes(), Files.size(archive) / 1e6);
    }

    @TearDown(Level.Trial)
    public void deleteDocument() throws IOException {
        if (read != null) {
            read.close();
        }
        if (content != null) {
            content.close();
        }
        BenchArchives.deleteTree(folder);
    }

    /** {@code /convert/normalized} with {@code Accept: application/json}: one JSON document. */
    @Benchmark
    public NormalizedCounts normalizedJson(WrittenCounter counter) throws IOException {
        return normalized(NormalizedFormat.JSON, counter);
    }

    /** {@code /convert/normalized} with {@code Accept: application/x-ndjson}: one record per line. */
    @Benchmark
    public NormalizedCounts normalizedNdjson(WrittenCounter counter) throws IOException {
        return normalized(NormalizedFormat.NDJSON, counter);
    }

    private NormalizedCounts normalized(NormalizedFormat format, WrittenCounter counter) throws IOException {
        BenchArchives.DiscardingOutputStream out = new BenchArchives.DiscardingOutputStream();
        NormalizedCounts counts = new NormalizedWriter(NormalizedOptions.defaults()).write(document, format, out);
        counter.add(document.postCount(), out.count());
        return counts;
    }

    /** {@code /convert/activitystreams}: the ZIP of ActivityStreams documents, with the media files. */
    @Benchmark
    public ConversionReport activityStreamsZip(WrittenCounter counter) throws IOException {
        ActivityStreamsOptions options = new ActivityStreamsOptions(ConversionOptions.defaults(RetweetPolicy.ANNOUNCE),
                null, ActivityStreamsOptions.DEFAULT_PAGE_SIZE);
        BenchArchives.DiscardingOutputStream out = new BenchArchives.DiscardingOutputStream();
        Path temp = Files.createTempDirectory(folder, "as2-");
        try {
            ConversionReport report = new ActivityStreamsWriter().writeZip(document, options, out, temp);
            counter.add(document.postCount(), out.count());
            return report;
        } finally {
            BenchArchives.deleteTree(temp);
        }
    }

    /** {@code /convert/mastodon-archive}: the Mastodon account archive ZIP, with the media files. */
    @Benchmark
    public ConversionReport mastodonArchive(WrittenCounter counter) throws IOException {
        BenchArchives.DiscardingOutputStream out = new BenchArchives.DiscardingOutputStream();
        Path temp = Files.createTempDirectory(folder, "mastodon-");
        try {
            ConversionReport report = new MastodonArchiveWriter().write(document,
                    ConversionOptions.defaults(RetweetPolicy.SKIP), out, temp);
            counter.add(document.postCount(), out.count());
            return report;
        } finally {
            BenchArchives.deleteTree(temp);
        }
    }

    /** {@code /convert/mastodon-csv}: the ZIP of Mastodon import CSVs (accounts resolved without an account map). */
    @Benchmark
    public MastodonCsvExport mastodonCsv(CsvRowsCounter counter) throws IOException {
        BenchArchives.DiscardingOutputStream out = new BenchArchives.DiscardingOutputStream();
        MastodonCsvExport export = MastodonCsvExport.prepare(document, AccountMap.none(), MastodonCsvOptions.defaults());
        export.writeZip(out);
        long rows = 0;
        for (CsvFile file : CsvFile.values()) {
            rows += export.rows(file);
        }
        counter.add(rows, out.count());
        return export;
    }
}
