package dev.fledge.archive;

import dev.fledge.problem.ProblemType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The data of one entry: its compressed bytes read with positional reads on the archive's shared channel (so
 * several streams can be open at once), inflated when deflated. It never yields more than the declared size plus
 * one byte (which fails), and checks the size and the CRC-32 at the end. Not thread-safe itself.
 */
final class EntryInputStream extends InputStream {
    private static final int INPUT_BUFFER = 64 * 1024;

    private final FileChannel channel;
    private final String path;
    private final long size;
    private final long expectedCrc;
    private final Inflater inflater;
    private final byte[] input;
    private final CRC32 crc = new CRC32();
    private final byte[] single = new byte[1];
    private long position;
    private long compressedLeft;
    private long produced;
    private boolean done;
    private boolean closed;
    private ArchiveDataException failure;

    /** {@code path} names the entry in problem details. */
    EntryInputStream(FileChannel channel, DirectoryRecord entry, String path, long dataStart) {
        this.channel = channel;
        this.path = path;
        this.size = entry.size;
        this.expectedCrc = entry.crc;
        this.position = dataStart;
        this.compressedLeft = entry.compressedSize;
        boolean deflated = entry.method == ZipFormat.DEFLATED;
        this.inflater = deflated ? new Inflater(true) : null;
        this.input = deflated ? new byte[(int) Math.min(INPUT_BUFFER, Math.max(1, compressedLeft))] : null;
    }

    @Override
    public int read() throws IOException {
        int n;
        do {
            n = read(single, 0, 1);
        } while (n == 0);
        return n < 0 ? -1 : single[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (closed) {
            throw new IOException("Stream closed");
        }
        if (failure != null) {
            throw failure;
        }
        if (done) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        try {
            int n = inflater == null ? readStored(b, off, len) : inflate(b, off, len);
            if (n < 0) {
                finish();
                return -1;
            }
            produced += n;
            if (produced > size) {
                throw ArchiveProblems.data(ProblemType.ENTRY_SIZE_MISMATCH, path, "holds more data than the "
                        + ArchiveProblems.bytes(size) + " declared by the ZIP directory.");
            }
            crc.update(b, off, n);
            return n;
        } catch (ArchiveDataException e) {
            failure = e;
            end();
            throw e;
        }
    }

    private int readStored(byte[] b, int off, int len) throws IOException {
        if (compressedLeft == 0) {
            return -1;
        }
        int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, compressedLeft)), position);
        if (n < 0) {
            throw ArchiveProblems.data(ProblemType.BROKEN_ZIP, path, "is cut short: the file ends inside its data.");
        }
        position += n;
        compressedLeft -= n;
        return n;
    }

    private int inflate(byte[] b, int off, int len) throws IOException {
        int wanted = (int) Math.min(len, size - produced + 1);
        try {
            while (true) {
                int n = inflater.inflate(b, off, wanted);
                if (n > 0) {
                    return n;
                }
                if (inflater.finished()) {
                    return -1;
                }
                if (inflater.needsDictionary()) {
                    throw ArchiveProblems.data(ProblemType.BROKEN_ZIP, path, "has invalid deflate data.");
                }
                if (inflater.needsInput()) {
                    fill();
                }
            }
        } catch (DataFormatException e) {
            throw ArchiveProblems.data(ProblemType.BROKEN_ZIP, path, "has invalid deflate data.");
        }
    }

    private void fill() throws IOException {
        if (compressedLeft == 0) {
            if (produced < size) {
                throw shorter();
            }
            throw ArchiveProblems.data(ProblemType.BROKEN_ZIP, path, "has deflate data that does not end properly.");
        }
        int wanted = (int) Math.min(input.length, compressedLeft);
        int n = ZipFormat.readAt(channel, input, 0, wanted, position);
        if (n < wanted) {
            throw ArchiveProblems.data(ProblemType.BROKEN_ZIP, path, "is cut short: the file ends inside its data.");
        }
        position += n;
        compressedLeft -= n;
        inflater.setInput(input, 0, n);
    }

    private void finish() throws IOException {
        end();
        if (produced != size) {
            throw shorter();
        }
        if (crc.getValue() != expectedCrc) {
            throw ArchiveProblems.data(ProblemType.BROKEN_ZIP, path, "is damaged: its CRC-32 checksum does not match.");
        }
    }

    private ArchiveDataException shorter() {
        return ArchiveProblems.data(ProblemType.ENTRY_SIZE_MISMATCH, path, "holds " + ArchiveProblems.bytes(produced)
                + ", less than the " + ArchiveProblems.bytes(size) + " declared by the ZIP directory.");
    }

    private void end() {
        done = true;
        if (inflater != null) {
            inflater.end();
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            end();
        }
    }
}
