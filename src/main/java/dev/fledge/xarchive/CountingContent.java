package dev.fledge.xarchive;

import dev.fledge.archive.ArchiveContent;
import dev.fledge.archive.ArchiveEntry;
import dev.fledge.archive.CountingInputStream;
import dev.fledge.progress.ProgressListener;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The archive as the reading pass sees it when progress is reported: every byte read from an entry stream is
 * counted and reported as {@link ProgressListener.Phase#READING} progress, out of a total the reader gives: the
 * uncompressed size of the files its pass reads ({@link XArchiveReader#passFiles}), so the count reaches the total
 * as the last file is read, whatever else the archive holds. A count past the total (a file read twice, to locate a
 * warning) stops at the total; {@link #finish()} reports the end.
 */
final class CountingContent implements ArchiveContent {
    private final ArchiveContent content;
    private final ProgressListener listener;
    private final long total;
    private long done;
    private boolean finished;

    CountingContent(ArchiveContent content, ProgressListener listener, long total) {
        this.content = content;
        this.listener = listener;
        this.total = total;
    }

    void start() {
        listener.progress(ProgressListener.Phase.READING, 0, total);
    }

    /** Reports {@code total / total}; later reads are not counted. */
    void finish() {
        synchronized (this) {
            finished = true;
            done = total;
        }
        listener.progress(ProgressListener.Phase.READING, total, total);
    }

    private void count(long bytes) {
        long now;
        synchronized (this) {
            if (finished || bytes <= 0) {
                return;
            }
            done = Math.min(total, done + bytes);
            now = done;
        }
        listener.progress(ProgressListener.Phase.READING, now, total);
    }

    @Override
    public InputStream open(ArchiveEntry entry) throws IOException {
        return new CountingInputStream(content.open(entry), this::count);
    }

    @Override
    public String root() {
        return content.root();
    }

    @Override
    public Optional<ArchiveEntry> entry(String path) {
        return content.entry(path);
    }

    @Override
    public void forEachEntry(String prefix, Consumer<ArchiveEntry> action) {
        content.forEachEntry(prefix, action);
    }

    @Override
    public int entryCount() {
        return content.entryCount();
    }

    @Override
    public long totalUncompressedSize() {
        return content.totalUncompressedSize();
    }

    /** The underlying archive stays open: the reader's result streams from it later. */
    @Override
    public void close() {
    }
}
