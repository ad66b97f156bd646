package dev.fledge.fuzz;

import dev.fledge.archive.ArchiveContent;
import dev.fledge.archive.ArchiveEntry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An already-opened archive held in memory, for fuzz targets that feed one fuzzed file to the reader inside an
 * otherwise valid archive without writing a ZIP per input. Files keep their insertion order.
 */
final class MemoryArchive implements ArchiveContent {

    private final Map<String, byte[]> files;

    MemoryArchive(Map<String, byte[]> files) {
        this.files = new LinkedHashMap<>(files);
    }

    /** The files of a ZIP (directories left out). */
    static Map<String, byte[]> filesOf(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (!entry.isDirectory()) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    in.transferTo(out);
                    files.put(entry.getName(), out.toByteArray());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A copy with {@code path} holding {@code content}. */
    MemoryArchive with(String path, byte[] content) {
        MemoryArchive copy = new MemoryArchive(files);
        copy.files.put(path, content);
        return copy;
    }

    @Override
    public String root() {
        return "";
    }

    @Override
    public Optional<ArchiveEntry> entry(String path) {
        byte[] bytes = files.get(path);
        return bytes == null ? Optional.empty() : Optional.of(toEntry(path, bytes));
    }

    @Override
    public void forEachEntry(String prefix, Consumer<ArchiveEntry> action) {
        files.forEach((path, bytes) -> {
            if (path.startsWith(prefix)) {
                action.accept(toEntry(path, bytes));
            }
        });
    }

    @Override
    public InputStream open(ArchiveEntry entry) {
        byte[] bytes = files.get(entry.path());
        if (bytes == null) {
            throw new IllegalArgumentException("no such entry");
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public int entryCount() {
        return files.size();
    }

    @Override
    public long totalUncompressedSize() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }

    @Override
    public void close() {
        // nothing to release
    }

    private static ArchiveEntry toEntry(String path, byte[] bytes) {
        return new ArchiveEntry(path, bytes.length, bytes.length);
    }
}
