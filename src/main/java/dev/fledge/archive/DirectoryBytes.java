package dev.fledge.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;

/**
 * The bytes of a central directory, addressed relative to its start: either the whole directory in one array
 * (small directories; immutable, so one instance is shared by all threads) or a window re-read from the file on
 * demand (one instance per caller).
 */
final class DirectoryBytes {
    private final FileChannel channel;
    private final long start;
    private final long size;
    private final boolean whole;
    private byte[] buffer;
    private long bufferStart;
    private int bufferLength;

    private DirectoryBytes(FileChannel channel, long start, long size, byte[] buffer, boolean whole) {
        this.channel = channel;
        this.start = start;
        this.size = size;
        this.buffer = buffer;
        this.whole = whole;
        this.bufferLength = whole ? buffer.length : 0;
    }

    static DirectoryBytes whole(FileChannel channel, long start, int size) throws IOException {
        byte[] all = new byte[size];
        if (ZipFormat.readAt(channel, all, 0, size, start) != size) {
            throw ArchiveProblems.broken("the central directory is cut short.");
        }
        return new DirectoryBytes(channel, start, size, all, true);
    }

    static DirectoryBytes window(FileChannel channel, long start, long size, int bufferSize) {
        return new DirectoryBytes(channel, start, size, new byte[bufferSize], false);
    }

    /** The shared instance itself when whole, else a fresh window of {@code bufferSize} bytes over the same data. */
    DirectoryBytes copy(int bufferSize) {
        return whole ? this : window(channel, start, size, bufferSize);
    }

    /** Bytes held for the archive's lifetime: the whole directory, or nothing for a window. */
    long retainedBytes() {
        return whole ? buffer.length : 0;
    }

    long size() {
        return size;
    }

    byte[] array() {
        return buffer;
    }

    /**
     * Makes bytes {@code [offset, offset + length)} of the directory available in {@link #array()} and returns the
     * array index of {@code offset}. Fails with BROKEN_ZIP when the range leaves the directory.
     */
    int load(long offset, int length) throws IOException {
        if (offset < 0 || offset + length > size) {
            throw ArchiveProblems.broken("a central directory record runs past the end of the directory.");
        }
        if (offset >= bufferStart && offset + length <= bufferStart + bufferLength) {
            return (int) (offset - bufferStart);
        }
        if (length > buffer.length) {
            buffer = new byte[Math.max(length, buffer.length * 2)];
        }
        int wanted = (int) Math.min(buffer.length, size - offset);
        bufferLength = ZipFormat.readAt(channel, buffer, 0, wanted, start + offset);
        bufferStart = offset;
        if (bufferLength < length) {
            throw ArchiveProblems.broken("the file ends inside the central directory.");
        }
        return 0;
    }
}
