package dev.fledge.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fledge.model.Post;
import dev.fledge.model.Relationship;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;
import dev.fledge.testkit.ExampleArchive;
import dev.fledge.xarchive.OptionalData;
import dev.fledge.xarchive.ReadOptions;
import dev.fledge.xarchive.XArchive;
import dev.fledge.xarchive.XArchiveReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Fuzzes the whole reader ({@link XArchiveReader}) the way an upload reaches it: the example archive with ONE of its
 * data files (manifest, account, profile, tweets, note tweets, likes, relationships, lists, DMs, ...) replaced by
 * fuzzed bytes, read lenient or strict, for counts only or with a spool, and then everything it can stream is
 * streamed. Wrong types, missing fields, broken JSON: the reader may only warn or, in strict mode, throw
 * INVALID_DATA_FILE; posts must keep the text/offset contract; warnings must not hide a caught exception.
 *
 * <p>Regression mode replays {@code XArchiveReaderFuzzTestInputs/readArchiveWithOneFuzzedFile/}; fuzzing:
 * {@code JAZZER_FUZZ=1 ./mvnw -o test -Dtest=XArchiveReaderFuzzTest}.
 */
class XArchiveReaderFuzzTest {

    private static final MemoryArchive EXAMPLE = new MemoryArchive(MemoryArchive.filesOf(ExampleArchive.build().toBytes()));
    /** The example's data files, in a fixed order (a seed's first byte picks one). */
    private static final String[] DATA_FILES;
    private static final Path SPOOL_ROOT;

    static {
        Stream.Builder<String> paths = Stream.builder();
        EXAMPLE.forEachEntry("data/", e -> {
            if (e.path().endsWith(".js") && e.path().indexOf('/', 5) < 0) {
                paths.add(e.path());
            }
        });
        DATA_FILES = paths.build().sorted().toArray(String[]::new);
        try {
            SPOOL_ROOT = Files.createTempDirectory("fledge-reader-fuzz-");
            SPOOL_ROOT.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void readArchiveWithOneFuzzedFile(FuzzedDataProvider data) throws IOException {
        String path = DATA_FILES[data.consumeInt(0, DATA_FILES.length - 1)];
        boolean strict = data.consumeBoolean();
        boolean spool = data.consumeBoolean();
        MemoryArchive archive = EXAMPLE.with(path, data.consumeRemainingAsBytes());
        Path spoolDir = spool ? Files.createTempDirectory(SPOOL_ROOT, "spool-") : null;
        try {
            read(archive, strict, spoolDir);
        } finally {
            if (spoolDir != null) {
                try (Stream<Path> left = Files.list(spoolDir)) {
                    if (left.findAny().isPresent()) {
                        throw new AssertionError("the reader left files in its spool after close()");
                    }
                }
                Files.delete(spoolDir);
            }
        }
    }

    private static void read(MemoryArchive archive, boolean strict, Path spoolDir) {
        XArchive document;
        try {
            document = new XArchiveReader().read(archive, new ReadOptions(strict, spoolDir,
                    EnumSet.allOf(OptionalData.class)));
        } catch (FledgeException e) {
            if (!strict) {
                throw new AssertionError("a lenient reading threw " + e.type(), e);
            }
            FuzzChecks.problem(e, Set.of(ProblemType.INVALID_DATA_FILE));
            return;
        }
        try (document) {
            FuzzChecks.warnings(document.warnings());
            if (spoolDir != null) {
                long posts = 0;
                for (Iterator<Post> it = document.posts(); it.hasNext(); posts++) {
                    FuzzChecks.post(it.next());
                }
                if (posts > document.counts().posts()) {
                    throw new AssertionError(posts + " posts streamed but " + document.counts().posts() + " counted");
                }
            }
            long[] likes = new long[1];
            document.forEachLike(like -> likes[0]++);
            for (Relationship relationship : Relationship.values()) {
                document.forEachRelatedAccount(relationship, account -> { });
            }
            document.forEachList(list -> { });
            document.forEachConversation(conversation -> { });
            if (likes[0] != document.counts().likes()) {
                throw new AssertionError(likes[0] + " likes streamed but " + document.counts().likes() + " counted");
            }
        }
    }

    /** The data files a seed can pick, for {@code FuzzSeeds}. */
    static String[] dataFiles() {
        return DATA_FILES.clone();
    }

    static Map<String, byte[]> exampleFiles() {
        return MemoryArchive.filesOf(ExampleArchive.build().toBytes());
    }
}
