package dev.fledge.archive;

import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;
import org.junit.jupiter.api.function.Executable;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Shared helpers of the archive tests. */
final class ZipTesting {
    static final ArchiveLimits DEFAULTS = ArchiveLimits.defaults();

    private ZipTesting() {
    }

    /**
     * Writes a ZIP with {@link ZipOutputStream} (deflated entries with data descriptors, as most tools write).
     * Names ending in {@code /} become directories; names starting with {@code "stored:"} are stored.
     */
    static Path writeZip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                boolean stored = e.getKey().startsWith("stored:");
                ZipEntry entry = new ZipEntry(stored ? e.getKey().substring(7) : e.getKey());
                if (stored) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes that compress moderately, like real data files. */
    static byte[] sampleBytes(int size, int seed) {
        byte[] bytes = new byte[size];
        long state = seed * 0x9E3779B97F4A7C15L + 1;
        for (int i = 0; i < size; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            bytes[i] = (byte) ('a' + (int) ((state >>> 59) & 15));
        }
        return bytes;
    }

    static byte[] readAll(ArchiveContent archive, String path) throws IOException {
        try (InputStream in = archive.open(archive.entry(path).orElseThrow())) {
            return in.readAllBytes();
        }
    }

    static List<String> paths(ArchiveContent archive, String prefix) {
        List<String> paths = new ArrayList<>();
        archive.forEachEntry(prefix, entry -> paths.add(entry.path()));
        return paths;
    }

    static FledgeException assertProblem(ProblemType type, Executable action) {
        FledgeException e = assertThrows(FledgeException.class, action);
        assertEquals(type, e.type(), e.detail());
        return e;
    }

    static FledgeException assertOpenProblem(ProblemType type, Path zip, ArchiveLimits limits) {
        return assertProblem(type, () -> SafeZipArchive.open(zip, limits).close());
    }

    static FledgeException assertOpenProblem(ProblemType type, Path zip) {
        return assertOpenProblem(type, zip, DEFAULTS);
    }

    /** Reads the whole entry and expects an {@link ArchiveDataException} of {@code type}; returns it. */
    static FledgeException assertReadProblem(ProblemType type, Path zip, String path) throws IOException {
        try (SafeZipArchive archive = SafeZipArchive.open(zip, DEFAULTS)) {
            ArchiveDataException e = assertThrows(ArchiveDataException.class, () -> readAll(archive, path));
            assertEquals(type, e.problem().type(), e.getMessage());
            return e.problem();
        }
    }
}
