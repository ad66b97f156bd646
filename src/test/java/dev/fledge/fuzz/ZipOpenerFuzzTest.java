package dev.fledge.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.fledge.archive.ArchiveDataException;
import dev.fledge.archive.ArchiveEntry;
import dev.fledge.archive.ArchiveLimits;
import dev.fledge.archive.SafeZipArchive;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Fuzzes the ZIP opener: arbitrary bytes are written to a file, opened with {@link SafeZipArchive#open} and every
 * entry it lists is looked up and read to its end. Whatever the bytes, the opener may only refuse them with one of
 * the archive problems, and what it accepts must be consistent and safe: listed paths are safe relative names that
 * {@link SafeZipArchive#entry} finds again, and an entry either reads to exactly its declared size and CRC-32 or fails
 * with an {@link ArchiveDataException}.
 *
 * <p>Regression mode (the default) replays {@code ZipOpenerFuzzTestInputs/openAndReadEveryEntry/}; fuzzing:
 * {@code JAZZER_FUZZ=1 ./mvnw -o test -Dtest=ZipOpenerFuzzTest}.
 */
class ZipOpenerFuzzTest {

    /** What opening may answer: the 4xx problems of the archive package. */
    private static final Set<ProblemType> OPEN_PROBLEMS = EnumSet.of(ProblemType.UPLOAD_TOO_LARGE,
            ProblemType.NOT_A_ZIP, ProblemType.BROKEN_ZIP, ProblemType.ENCRYPTED_ENTRY, ProblemType.UNSAFE_ENTRY_NAME,
            ProblemType.DUPLICATE_ENTRY, ProblemType.OVERLAPPING_ENTRIES, ProblemType.TOO_MANY_ENTRIES,
            ProblemType.ENTRY_TOO_LARGE, ProblemType.ARCHIVE_TOO_LARGE_UNCOMPRESSED, ProblemType.COMPRESSION_RATIO,
            ProblemType.ENTRY_SIZE_MISMATCH);
    /** What reading an accepted entry may answer. */
    private static final Set<ProblemType> READ_PROBLEMS = EnumSet.of(ProblemType.BROKEN_ZIP,
            ProblemType.ENTRY_SIZE_MISMATCH);
    /** Small limits so that an input of a few KiB can reach every limit check. */
    private static final ArchiveLimits LIMITS = new ArchiveLimits(1L << 20, 64, 1L << 20, 4L << 20, 50, 4096);

    private static final Path FILE;

    static {
        try {
            FILE = Files.createTempFile("fledge-zip-fuzz-", ".zip");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void openAndReadEveryEntry(byte[] data) throws IOException {
        Files.write(FILE, data);
        check(ArchiveLimits.defaults());
        check(LIMITS);
    }

    private static void check(ArchiveLimits limits) throws IOException {
        SafeZipArchive archive;
        try {
            archive = SafeZipArchive.open(FILE, limits);
        } catch (FledgeException e) {
            expect(OPEN_PROBLEMS, e, "open");
            return;
        }
        try (archive) {
            List<ArchiveEntry> entries = new ArrayList<>();
            archive.forEachEntry("", entries::add);
            if (entries.size() != archive.entryCount()) {
                throw new AssertionError("entryCount " + archive.entryCount() + " but " + entries.size() + " listed");
            }
            long total = 0;
            for (ArchiveEntry entry : entries) {
                checkName(archive.root(), entry.path());
                Optional<ArchiveEntry> found = archive.entry(entry.path());
                if (found.isEmpty() || !found.get().equals(entry)) {
                    throw new AssertionError("listed entry not found again by its path: " + found);
                }
                if (entry.size() > limits.maxEntryBytes()) {
                    throw new AssertionError("entry over the size limit accepted: " + entry.size());
                }
                total += entry.size();
                read(archive, entry);
            }
            if (total != archive.totalUncompressedSize() || total > limits.maxTotalUncompressedBytes()) {
                throw new AssertionError("total " + total + " vs " + archive.totalUncompressedSize());
            }
        }
    }

    private static void read(SafeZipArchive archive, ArchiveEntry entry) {
        CRC32 crc = new CRC32();
        long read = 0;
        try (InputStream in = archive.open(entry)) {
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                crc.update(buffer, 0, n);
                read += n;
            }
        } catch (ArchiveDataException e) {
            expect(READ_PROBLEMS, e.problem(), "read");
            return;
        } catch (IOException e) {
            throw new AssertionError("reading failed without an archive problem", e);
        }
        if (read != entry.size() || crc.getValue() != entry.crc32()) {
            throw new AssertionError("entry read " + read + " bytes (declared " + entry.size() + ") or a wrong CRC");
        }
    }

    /**
     * A listed path is relative (no leading '/', no drive letter: an ASCII letter and ':'), has no '..' segment, no
     * control character, no backslash, and names a file.
     */
    private static void checkName(String root, String path) {
        String full = root + path;
        char first = full.isEmpty() ? 0 : Character.toLowerCase(full.charAt(0));
        if (path.isEmpty() || full.startsWith("/") || full.indexOf('\\') >= 0 || full.endsWith("/")
                || (full.length() > 1 && full.charAt(1) == ':' && first >= 'a' && first <= 'z')) {
            throw new AssertionError("unsafe or odd path accepted: " + escape(full));
        }
        for (String segment : full.split("/", -1)) {
            if (segment.equals("..")) {
                throw new AssertionError("'..' accepted: " + escape(full));
            }
        }
        for (int i = 0; i < full.length(); i++) {
            if (Character.isISOControl(full.charAt(i))) {
                throw new AssertionError("control character accepted: " + escape(full));
            }
        }
    }

    private static void expect(Set<ProblemType> allowed, FledgeException e, String when) {
        if (!allowed.contains(e.type())) {
            throw new AssertionError(when + " answered " + e.type() + ": " + e.detail(), e);
        }
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
