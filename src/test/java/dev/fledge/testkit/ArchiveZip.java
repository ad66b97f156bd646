package dev.fledge.testkit;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The ZIP being written: every entry gets the same fixed DOS time (no time-zone dependency, no extra fields) so the
 * same description always gives the same bytes. Data files are deflated, media stored, as X does; an optional
 * wrapping folder is put in front of every entry name.
 */
final class ArchiveZip implements Closeable {
    private final Counting counting;
    private final ZipOutputStream zip;
    private final String root;
    private final LocalDateTime time;
    private final boolean storedOnly;

    /**
     * @param root       {@code ""} or a wrapping folder such as {@code twitter-2024-11-16-abc/}
     * @param storedOnly store data files uncompressed too (byte-for-byte reproducible on any zlib)
     */
    ArchiveZip(OutputStream out, String root, LocalDateTime time, boolean storedOnly) {
        this.counting = new Counting(out);
        this.zip = new ZipOutputStream(counting);
        this.root = root;
        this.time = time;
        this.storedOnly = storedOnly;
    }

    /** A data file: deflated (stored when {@code storedOnly}). */
    void data(String path, byte[] bytes) {
        if (storedOnly) {
            stored(path, bytes);
        } else {
            put(entry(root + path, ZipEntry.DEFLATED), bytes);
        }
    }

    /** A media file: stored uncompressed, as in real archives. */
    void stored(String path, byte[] bytes) {
        storedAt(root + path, bytes);
    }

    /** A stored entry at exactly {@code fullPath}, ignoring the wrapping folder (for {@code __MACOSX/} junk). */
    void storedAt(String fullPath, byte[] bytes) {
        ZipEntry entry = entry(fullPath, ZipEntry.STORED);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        entry.setCrc(crc.getValue());
        put(entry, bytes);
    }

    /**
     * A data file written as a stream (for files too big to hold in memory). Closing the returned stream ends the
     * entry, not the ZIP.
     */
    OutputStream openData(String path) {
        if (storedOnly) {
            return new ByteArrayOutputStream() {
                @Override
                public void close() {
                    stored(path, toByteArray());
                }
            };
        }
        try {
            zip.putNextEntry(entry(root + path, ZipEntry.DEFLATED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                zip.closeEntry();
            }
        };
    }

    /** Bytes of ZIP written so far (used for the manifest's {@code sizeBytes}). */
    long bytesWritten() {
        return counting.count;
    }

    private ZipEntry entry(String name, int method) {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(method);
        entry.setTimeLocal(time);
        return entry;
    }

    private void put(ZipEntry entry, byte[] bytes) {
        try {
            zip.putNextEntry(entry);
            zip.write(bytes);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Counting extends FilterOutputStream {
        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
