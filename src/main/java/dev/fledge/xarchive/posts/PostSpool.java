package dev.fledge.xarchive.posts;

import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A temporary file of converted posts and notes, appended once and then read back by offset in any order.
 * Each record is a 4-byte big-endian length and a {@link SpoolRecords} payload.
 *
 * <p>Reads go through one 64 KiB window that is placed after the requested offset when reading forwards and
 * before it when reading backwards (tweets files are newest first, so oldest-first output walks the spool
 * backwards); consecutive records then cost no system call.
 */
final class PostSpool implements Closeable {

    private static final int WINDOW = 64 * 1024;
    private static final int BACKWARD_SLACK = 8 * 1024;

    private final Path file;
    private final FileChannel channel;
    private final OutputStream out;
    private final SpoolRecords.Encoder encoder = new SpoolRecords.Encoder();
    private final byte[] header = new byte[4];
    private long written;
    private boolean writing = true;

    private final byte[] window = new byte[WINDOW];
    private long windowStart = -1;
    private int windowLength;
    private long lastReadOffset = -1;

    PostSpool(Path dir) {
        try {
            Files.createDirectories(dir);
            this.file = Files.createTempFile(dir, "fledge-posts-", ".spool");
            this.channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            this.out = new BufferedOutputStream(Channels.newOutputStream(channel), WINDOW);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    long writePost(PostDraft post) {
        encoder.reset();
        SpoolRecords.writePost(encoder, post);
        return append();
    }

    long writeNote(PostDraft note) {
        encoder.reset();
        SpoolRecords.writeNote(encoder, note);
        return append();
    }

    private long append() {
        if (!writing) {
            throw new IllegalStateException("spool already being read");
        }
        int size = encoder.size;
        header[0] = (byte) (size >>> 24);
        header[1] = (byte) (size >>> 16);
        header[2] = (byte) (size >>> 8);
        header[3] = (byte) size;
        long offset = written;
        try {
            out.write(header);
            out.write(encoder.bytes, 0, size);
        } catch (IOException e) {
            throw failure(e);
        }
        written += 4L + size;
        return offset;
    }

    /** Flushes what was written; from now on only reads. */
    void finishWriting() {
        if (!writing) {
            return;
        }
        writing = false;
        try {
            out.flush();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    long size() {
        return written;
    }

    PostDraft readPost(long offset) {
        return SpoolRecords.readPost(read(offset));
    }

    PostDraft readNote(long offset) {
        return SpoolRecords.readNote(read(offset));
    }

    private SpoolRecords.Decoder read(long offset) {
        finishWriting();
        boolean backwards = lastReadOffset >= 0 && offset < lastReadOffset;
        lastReadOffset = offset;
        if (!covers(offset, 4)) {
            load(backwards ? Math.max(0, offset + BACKWARD_SLACK - WINDOW) : offset);
        }
        int at = (int) (offset - windowStart);
        int size = ((window[at] & 0xFF) << 24) | ((window[at + 1] & 0xFF) << 16) | ((window[at + 2] & 0xFF) << 8)
                | (window[at + 3] & 0xFF);
        if (size + 4 > WINDOW) {
            byte[] big = new byte[size];
            readFully(ByteBuffer.wrap(big), offset + 4);
            return new SpoolRecords.Decoder(big, 0);
        }
        if (!covers(offset, 4 + size)) {
            long start = backwards ? Math.max(0, offset + 4 + size - WINDOW) : offset;
            load(start);
        }
        return new SpoolRecords.Decoder(window, (int) (offset - windowStart) + 4);
    }

    private boolean covers(long offset, int length) {
        return windowStart >= 0 && offset >= windowStart && offset + length <= windowStart + windowLength;
    }

    private void load(long start) {
        int length = (int) Math.min(WINDOW, written - start);
        readFully(ByteBuffer.wrap(window, 0, length), start);
        windowStart = start;
        windowLength = length;
    }

    private void readFully(ByteBuffer buffer, long position) {
        try {
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, position);
                if (n < 0) {
                    throw new IOException("spool file shorter than written");
                }
                position += n;
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static RuntimeException failure(IOException e) {
        String message = e.getMessage();
        if (message != null && message.contains("No space left")) {
            return new FledgeException(ProblemType.INSUFFICIENT_STORAGE,
                    "Not enough temporary disk space to sort the posts", null, e);
        }
        return new UncheckedIOException("post spool", e);
    }

    @Override
    public void close() {
        try {
            try {
                out.close();
            } catch (IOException ignored) {
                // the file is deleted below anyway
            }
            channel.close();
        } catch (IOException ignored) {
            // nothing left to do with it
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file; the spool directory is cleaned by its owner
            }
        }
    }
}
