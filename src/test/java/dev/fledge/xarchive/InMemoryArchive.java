package dev.fledge.xarchive;

import dev.fledge.archive.ArchiveContent;
import dev.fledge.archive.ArchiveEntry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Test-only {@link ArchiveContent} over files held in memory, in insertion order; counts how often files are opened. */
final class InMemoryArchive implements ArchiveContent {

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, AtomicInteger> opened = new LinkedHashMap<>();

    InMemoryArchive with(String path, String text) {
        return with(path, text.getBytes(StandardCharsets.UTF_8));
    }

    InMemoryArchive with(String path, byte[] bytes) {
        files.put(path, bytes);
        return this;
    }

    /** How many times {@link #open} was called for {@code path}. */
    int openCount(String path) {
        AtomicInteger n = opened.get(path);
        return n == null ? 0 : n.get();
    }

    @Override
    public String root() {
        return "";
    }

    @Override
    public Optional<ArchiveEntry> entry(String path) {
        byte[] bytes = files.get(path);
        return bytes == null ? Optional.empty() : Optional.of(new ArchiveEntry(path, bytes.length, bytes.length));
    }

    @Override
    public void forEachEntry(String prefix, Consumer<ArchiveEntry> action) {
        files.forEach((path, bytes) -> {
            if (path.startsWith(prefix)) {
                action.accept(new ArchiveEntry(path, bytes.length, bytes.length));
            }
        });
    }

    @Override
    public InputStream open(ArchiveEntry entry) throws IOException {
        byte[] bytes = files.get(entry.path());
        if (bytes == null) {
            throw new IOException("no entry");
        }
        opened.computeIfAbsent(entry.path(), p -> new AtomicInteger()).incrementAndGet();
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public int entryCount() {
        return files.size();
    }

    @Override
    public long totalUncompressedSize() {
        long total = 0;
        for (byte[] b : files.values()) {
            total += b.length;
        }
        return total;
    }

    @Override
    public void close() {
    }
}
