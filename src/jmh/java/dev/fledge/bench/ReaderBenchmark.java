package dev.fledge.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.archive.ArchiveEntry;
import dev.fledge.archive.ArchiveLimits;
import dev.fledge.archive.SafeZipArchive;
import dev.fledge.model.Post;
import dev.fledge.testkit.ArchiveFacts;
import dev.fledge.xarchive.DataFileReader;
import dev.fledge.xarchive.ReadOptions;
import dev.fledge.xarchive.RowIssues;
import dev.fledge.xarchive.Warnings;
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
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of the reader's post pass, in operations per second and in MB/s of data-file bytes (the
 * {@code megabytes} secondary result, {@link DataBytesCounter}): one operation reads all post files of a synthetic
 * archive reduced to its post files ({@code tweets.js}, {@code note-tweet.js}, deleted and community posts; see
 * {@link BenchArchives#postsOnly}). The bytes counted per operation are the uncompressed sizes of these files, the
 * same for every benchmark here, so their MB/s compare directly:
 * <ul>
 *   <li>{@link #inflate}: the floor, inflating the files and nothing else;</li>
 *   <li>{@link #dataFileTokens}: {@link DataFileReader} walking every row's tokens without building anything;</li>
 *   <li>{@link #dataFileTrees}: {@link DataFileReader} building the {@code JsonNode} tree of every row;</li>
 *   <li>{@link #inspect}: {@link XArchiveReader} counting (what {@code /inspect} does; no spool);</li>
 *   <li>{@link #readAndReplay}: {@link XArchiveReader} with a spool folder (what every convert does), then the posts
 *       iterated oldest first as a writer would.</li>
 * </ul>
 * {@code entries=stored} writes the archive without compression, which takes inflating out of the figures.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
@State(Scope.Benchmark)
public class ReaderBenchmark {

    /** Posts of the synthetic archive. */
    @Param("20000")
    public int posts;

    /** {@code deflated} as X writes data files, or {@code stored} (no inflating). */
    @Param({"deflated", "stored"})
    public String entries;

    private Path folder;
    private Path archive;
    private SafeZipArchive content;
    private List<String> postFiles;
    private long postFileBytes;
    private long expectedPosts;

    @Setup(Level.Trial)
    public void createArchive() throws IOException {
        folder = Files.createTempDirectory("fledge-jmh-reader-");
        Path full = folder.resolve("full.zip");
        ArchiveFacts facts = BenchArchives.generate(posts, full);
        archive = folder.resolve("posts-only.zip");
        BenchArchives.postsOnly(full, archive, entries.equals("stored"));
        Files.delete(full);
        content = SafeZipArchive.open(archive, ArchiveLimits.defaults());
        postFiles = BenchArchives.postFiles(content);
        postFileBytes = BenchArchives.uncompressedBytes(content, postFiles);
        try (XArchive read = new XArchiveReader().read(content, ReadOptions.inspect(true))) {
            expectedPosts = read.counts().posts();
        }
        System.out.printf("%n[setup] %d posts (%d counted by the reader), post files %s: %.1f MB, archive %.1f MB%n",
                facts.posts(), expectedPosts, postFiles, postFileBytes / 1e6, Files.size(archive) / 1e6);
    }

    @TearDown(Level.Trial)
    public void deleteArchive() throws IOException {
        if (content != null) {
            content.close();
        }
        BenchArchives.deleteTree(folder);
    }

    /** The floor: inflate (or copy, when stored) the post files into a buffer that is thrown away. */
    @Benchmark
    public long inflate(DataBytesCounter bytes) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (String file : postFiles) {
            ArchiveEntry entry = content.entry(file).orElseThrow();
            try (InputStream in = content.open(entry)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                }
            }
        }
        bytes.add(postFileBytes);
        return total;
    }

    /** The bare row loop: the data-file reader hands each row's parser over and the row is skipped. */
    @Benchmark
    public long dataFileTokens(DataBytesCounter bytes) {
        DataFileReader reader = new DataFileReader(content);
        long rows = 0;
        for (String file : postFiles) {
            rows += reader.forEachRowStreaming(file, DataFileReader.Wrapper.YTD, Warnings.discarding(),
                    (JsonParser parser, RowIssues issues) -> parser.skipChildren()).rows();
        }
        bytes.add(postFileBytes);
        return rows;
    }

    /** The row loop the post pass uses: a {@code JsonNode} tree per row, unwrapped from its row key. */
    @Benchmark
    public void dataFileTrees(DataBytesCounter bytes, Blackhole sink) {
        DataFileReader reader = new DataFileReader(content);
        for (String file : postFiles) {
            Set<String> rowKeys = file.contains("note-tweet") ? Set.of("noteTweet") : Set.of("tweet");
            reader.forEachRow(file, DataFileReader.Wrapper.YTD, rowKeys, Warnings.discarding(),
                    (JsonNode row, RowIssues issues) -> sink.consume(row));
        }
        bytes.add(postFileBytes);
    }

    /** {@code /inspect}: the whole reader, counts only. */
    @Benchmark
    public long inspect(DataBytesCounter bytes) {
        try (XArchive read = new XArchiveReader().read(content, ReadOptions.inspect(false))) {
            bytes.add(postFileBytes);
            return check(read.counts().posts());
        }
    }

    /** What a conversion reads: the whole reader with a spool folder, then every post back oldest first. */
    @Benchmark
    public long readAndReplay(DataBytesCounter bytes, Blackhole sink) throws IOException {
        Path spool = Files.createTempDirectory(folder, "spool-");
        try (XArchive read = new XArchiveReader().read(content, new ReadOptions(false, spool, Set.of()))) {
            long count = 0;
            for (Iterator<Post> it = read.posts(); it.hasNext(); ) {
                sink.consume(it.next());
                count++;
            }
            bytes.add(postFileBytes);
            return count;
        } finally {
            BenchArchives.deleteTree(spool);
        }
    }

    private long check(long counted) {
        if (counted != expectedPosts) {
            throw new IllegalStateException("the reader counted " + counted + " posts, expected " + expectedPosts);
        }
        return counted;
    }
}
