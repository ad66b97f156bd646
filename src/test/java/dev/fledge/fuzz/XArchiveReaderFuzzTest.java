package dev.fledge.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fledge.model.ArchiveCounts;
import dev.fledge.model.ArchiveWarning;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Fuzzes the whole reader ({@link XArchiveReader}) the way an upload reaches it: the example archive with ONE of its
 * data files (manifest, account, profile, tweets, note tweets, likes, relationships, lists, DMs, ...) replaced by
 * fuzzed bytes. Each input is read three times: lenient for counts only (as inspect does), strict, and lenient with a
 * spool, streaming everything. Wrong types, missing fields, broken JSON: the lenient readings may only warn (with the
 * reader's own texts, never hiding a caught exception); strict must refuse (INVALID_DATA_FILE, naming the file of
 * the first warning) exactly when the lenient reading warned; counts must not depend on the spool and must match
 * what is streamed; posts keep the text/offset contract; the spool is empty after close.
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
        MemoryArchive archive = EXAMPLE.with(path, data.consumeRemainingAsBytes());

        List<ArchiveWarning> warnings;
        ArchiveCounts counts;
        try (XArchive lenient = read(archive, false, null)) {
            warnings = lenient.warnings();
            counts = lenient.counts();
        }
        FuzzChecks.warnings(warnings);
        strictAgrees(archive, warnings);

        Path spoolDir = Files.createTempDirectory(SPOOL_ROOT, "spool-");
        try {
            try (XArchive full = read(archive, false, spoolDir)) {
                FuzzChecks.warnings(full.warnings());
                if (!full.counts().equals(counts)) {
                    throw new AssertionError("counts differ with a spool: " + full.counts() + " vs " + counts);
                }
                streamEverything(full);
            }
            try (Stream<Path> left = Files.list(spoolDir)) {
                if (left.findAny().isPresent()) {
                    throw new AssertionError("the reader left files in its spool after close()");
                }
            }
        } finally {
            try (Stream<Path> left = Files.walk(spoolDir)) {
                left.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static XArchive read(MemoryArchive archive, boolean strict, Path spoolDir) {
        try {
            return new XArchiveReader().read(archive, new ReadOptions(strict, spoolDir,
                    spoolDir == null ? Set.of() : EnumSet.allOf(OptionalData.class)));
        } catch (FledgeException e) {
            if (!strict) {
                throw new AssertionError("a lenient reading threw " + e.type(), e);
            }
            throw e;
        }
    }

    /** Strict mode refuses exactly what the lenient reading warned about, naming the file of the first warning. */
    private static void strictAgrees(MemoryArchive archive, List<ArchiveWarning> warnings) {
        try {
            read(archive, true, null).close();
        } catch (FledgeException e) {
            FuzzChecks.problem(e, Set.of(ProblemType.INVALID_DATA_FILE));
            if (warnings.isEmpty()) {
                throw new AssertionError("strict refused what the lenient reading read without a warning", e);
            }
            String file = e.location() == null ? null : e.location().file();
            if (!java.util.Objects.equals(file, warnings.get(0).file())) {
                throw new AssertionError("strict names " + file + ", the first warning " + warnings.get(0).file());
            }
            return;
        }
        if (!warnings.isEmpty()) {
            throw new AssertionError("strict accepted what the lenient reading warned about: " + warnings.get(0));
        }
    }

    /** Streams posts (checking each), likes, relationships, lists and conversations; compares with the counts. */
    private static void streamEverything(XArchive document) {
        long posts = 0;
        for (Iterator<Post> it = document.posts(); it.hasNext(); posts++) {
            FuzzChecks.post(it.next());
        }
        if (posts != document.counts().posts()) {
            throw new AssertionError(posts + " posts streamed but " + document.counts().posts() + " counted");
        }
        long[] likes = new long[1];
        document.forEachLike(like -> likes[0]++);
        if (likes[0] != document.counts().likes()) {
            throw new AssertionError(likes[0] + " likes streamed but " + document.counts().likes() + " counted");
        }
        for (Relationship relationship : Relationship.values()) {
            document.forEachRelatedAccount(relationship, account -> { });
        }
        document.forEachList(list -> { });
        document.forEachConversation(conversation -> { });
    }

    /** The data files a seed can pick, for {@code FuzzSeeds}. */
    static String[] dataFiles() {
        return DATA_FILES.clone();
    }

    static Map<String, byte[]> exampleFiles() {
        return MemoryArchive.filesOf(ExampleArchive.build().toBytes());
    }
}
