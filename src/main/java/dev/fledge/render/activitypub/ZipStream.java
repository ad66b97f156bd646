package dev.fledge.render.activitypub;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A ZIP file written straight into a stream whose memory does not grow with the number of entries:
 * {@code java.util.zip.ZipOutputStream} keeps every entry in memory until it writes the central directory (a few
 * hundred bytes per entry, too much for an export of a million media files), so this writer spools each central
 * directory record to a temporary file and copies it behind the entries at the end. Entries are either deflated
 * (sizes and CRC in a data descriptor after the data) or stored with their size and CRC known in advance (checked
 * while copying). Names are UTF-8 (flag bit 11). ZIP64 records are written where the format needs them: more than
 * 65,534 entries, an entry, offset or directory past 4 GiB, as {@code ZipOutputStream} writes them, so
 * {@code java.util.zip}, Info-ZIP and other ZIP64 readers read the result. {@link #close()} deletes the spool file
 * (call {@link #finish()} first to complete the ZIP); the target stream is never closed.
 */
public final class ZipStream implements Closeable {
    private static final long MAX32 = 0xFFFFFFFFL;
    private static final int MAX16 = 0xFFFF;
    private static final int FLAG_DESCRIPTOR = 0x0008;
    private static final int FLAG_UTF8 = 0x0800;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;

    private final Counting out;
    private final Path centralFile;
    private final OutputStream centralSink;
    private final Counting central;
    private final int dosTime;
    private long entries;
    private Open open;
    private boolean finished;
    /**
     * One deflater for every deflated entry of this ZIP, reset between entries: an ActivityStreams export has
     * thousands of small page entries, and a fresh zlib state for each (~256 KB of native memory, allocated and freed)
     * fragments the C heap and made the service's RSS creep up run after run. Ended by {@link #close()}.
     */
    private Deflater deflater;
    /**
     * The copy buffer of {@link #stored}, one per ZIP: an export copies tens of thousands of media files, and a fresh
     * 64 KB array for each is zeroed on allocation, more bytes than a small file holds.
     */
    private byte[] copyBuffer;

    /** The entry being written. */
    private record Open(String name, byte[] nameBytes, long offset, CRC32 crc, Deflater deflater,
                        Counting compressed, Counting uncompressed, DeflaterOutputStream stream) {
    }

    /** Counts the bytes that pass; {@code close()} only flushes. */
    private static class Counting extends FilterOutputStream {
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

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    /**
     * @param out       where the ZIP goes (not closed)
     * @param entryTime the modification time of every entry
     * @param tempDir   an existing folder for the central directory spool
     */
    public ZipStream(OutputStream out, Instant entryTime, Path tempDir) throws IOException {
        this.out = new Counting(new BufferedOutputStream(out, 1 << 16));
        this.centralFile = Files.createTempFile(tempDir, "zip-central-", ".bin");
        this.centralSink = new BufferedOutputStream(Files.newOutputStream(centralFile), 1 << 16);
        this.central = new Counting(centralSink);
        this.dosTime = dosTime(entryTime);
    }

    /**
     * Deflate level of the JSON entries: the fastest. On a 100k-post outbox, level 1 deflates several times faster
     * than the default level 6 for output about a fifth larger (docs/benchmarks.md); the ZIP is streamed to the
     * client as it is made, so the conversion's CPU time is what the user waits for.
     */
    static final int DEFLATE_LEVEL = Deflater.BEST_SPEED;

    /** Begins a deflated entry; write its data to {@link #entry()}, then call {@link #closeEntry()}. */
    public void beginDeflated(String name) throws IOException {
        requireNoOpenEntry();
        byte[] nameBytes = nameBytes(name);
        long offset = out.count;
        localHeader(nameBytes, FLAG_UTF8 | FLAG_DESCRIPTOR, DEFLATED, 0, 0, 0, false);
        if (deflater == null) {
            deflater = new Deflater(DEFLATE_LEVEL, true);
        } else {
            deflater.reset();
        }
        Counting compressed = new Counting(out) {
            @Override
            public void close() {
                // the ZIP continues after this entry
            }
        };
        CRC32 crc = new CRC32();
        DeflaterOutputStream stream = new DeflaterOutputStream(compressed, deflater, 1 << 16);
        Counting uncompressed = new Counting(stream) {
            @Override
            public void write(int b) throws IOException {
                crc.update(b);
                super.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                crc.update(b, off, len);
                super.write(b, off, len);
            }

            @Override
            public void close() {
                // ended by closeEntry()
            }
        };
        open = new Open(name, nameBytes, offset, crc, deflater, compressed, uncompressed, stream);
    }

    /** The stream of the deflated entry being written (do not close it). */
    public OutputStream entry() {
        if (open == null) {
            throw new IllegalStateException("no entry is open");
        }
        return open.uncompressed();
    }

    /** Ends the deflated entry: the data descriptor and its central directory record. */
    public void closeEntry() throws IOException {
        if (open == null) {
            throw new IllegalStateException("no entry is open");
        }
        Open entry = open;
        open = null;
        entry.stream().finish();
        long crc = entry.crc().getValue();
        long size = entry.uncompressed().count;
        long compressedSize = entry.compressed().count;
        boolean zip64Sizes = size >= MAX32 || compressedSize >= MAX32;
        int32(out, 0x08074b50);
        int32(out, crc);
        if (zip64Sizes) {
            int64(out, compressedSize);
            int64(out, size);
        } else {
            int32(out, compressedSize);
            int32(out, size);
        }
        centralRecord(entry.nameBytes(), FLAG_UTF8 | FLAG_DESCRIPTOR, DEFLATED, crc, compressedSize, size,
                entry.offset());
    }

    /**
     * A stored entry whose size and CRC-32 are known; {@code data} must deliver exactly those bytes (checked: a
     * mismatch is an IOException and the ZIP is unusable).
     */
    public void stored(String name, long size, long crc, InputStream data) throws IOException {
        requireNoOpenEntry();
        byte[] nameBytes = nameBytes(name);
        long offset = out.count;
        localHeader(nameBytes, FLAG_UTF8, STORED, crc, size, size, size >= MAX32);
        CRC32 check = new CRC32();
        if (copyBuffer == null) {
            copyBuffer = new byte[1 << 16];
        }
        byte[] buffer = copyBuffer;
        long copied = 0;
        for (int n; (n = data.read(buffer)) > 0; ) {
            if (copied + n > size) {
                throw new IOException("entry longer than declared");
            }
            check.update(buffer, 0, n);
            out.write(buffer, 0, n);
            copied += n;
        }
        if (copied != size || check.getValue() != crc) {
            throw new IOException("entry does not match its declared size and CRC-32");
        }
        centralRecord(nameBytes, FLAG_UTF8, STORED, crc, size, size, offset);
    }

    public long entries() {
        return entries;
    }

    /** Writes the central directory and the end records. The target stream stays open. */
    public void finish() throws IOException {
        requireNoOpenEntry();
        if (finished) {
            return;
        }
        finished = true;
        centralSink.close();
        long directoryOffset = out.count;
        long directorySize = Files.size(centralFile);
        Files.copy(centralFile, out);
        boolean zip64 = entries >= MAX16 || directoryOffset >= MAX32 || directorySize >= MAX32;
        if (zip64) {
            long recordOffset = out.count;
            int32(out, 0x06064b50);
            int64(out, 44);
            int16(out, 45);
            int16(out, 45);
            int32(out, 0);
            int32(out, 0);
            int64(out, entries);
            int64(out, entries);
            int64(out, directorySize);
            int64(out, directoryOffset);
            int32(out, 0x07064b50);
            int32(out, 0);
            int64(out, recordOffset);
            int32(out, 1);
        }
        int32(out, 0x06054b50);
        int16(out, 0);
        int16(out, 0);
        int16(out, (int) Math.min(entries, MAX16));
        int16(out, (int) Math.min(entries, MAX16));
        int32(out, Math.min(directorySize, MAX32));
        int32(out, Math.min(directoryOffset, MAX32));
        int16(out, 0);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            if (deflater != null) {
                deflater.end();
            }
            if (!finished) {
                centralSink.close();
            }
        } finally {
            Files.deleteIfExists(centralFile);
        }
    }

    private void localHeader(byte[] name, int flags, int method, long crc, long compressedSize, long size,
                             boolean zip64) throws IOException {
        int32(out, 0x04034b50);
        int16(out, zip64 ? 45 : 20);
        int16(out, flags);
        int16(out, method);
        int32(out, dosTime & 0xFFFFFFFFL);
        int32(out, crc);
        int32(out, zip64 ? MAX32 : compressedSize);
        int32(out, zip64 ? MAX32 : size);
        int16(out, name.length);
        int16(out, zip64 ? 20 : 0);
        out.write(name);
        if (zip64) {
            int16(out, 0x0001);
            int16(out, 16);
            int64(out, size);
            int64(out, compressedSize);
        }
    }

    private void centralRecord(byte[] name, int flags, int method, long crc, long compressedSize, long size,
                               long offset) throws IOException {
        boolean bigSize = size >= MAX32;
        boolean bigCompressed = compressedSize >= MAX32;
        boolean bigOffset = offset >= MAX32;
        int extra = (bigSize ? 8 : 0) + (bigCompressed ? 8 : 0) + (bigOffset ? 8 : 0);
        boolean zip64 = extra > 0;
        int32(central, 0x02014b50);
        int16(central, zip64 ? 45 : 20);
        int16(central, zip64 ? 45 : 20);
        int16(central, flags);
        int16(central, method);
        int32(central, dosTime & 0xFFFFFFFFL);
        int32(central, crc);
        int32(central, bigCompressed ? MAX32 : compressedSize);
        int32(central, bigSize ? MAX32 : size);
        int16(central, name.length);
        int16(central, zip64 ? extra + 4 : 0);
        int16(central, 0);
        int16(central, 0);
        int16(central, 0);
        int32(central, 0);
        int32(central, bigOffset ? MAX32 : offset);
        central.write(name);
        if (zip64) {
            int16(central, 0x0001);
            int16(central, extra);
            if (bigSize) {
                int64(central, size);
            }
            if (bigCompressed) {
                int64(central, compressedSize);
            }
            if (bigOffset) {
                int64(central, offset);
            }
        }
        entries++;
    }

    private void requireNoOpenEntry() {
        if (open != null) {
            throw new IllegalStateException("entry " + open.name() + " is still open");
        }
        if (finished) {
            throw new IllegalStateException("the ZIP is finished");
        }
    }

    private static byte[] nameBytes(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length == 0 || bytes.length > MAX16) {
            throw new IllegalArgumentException("bad entry name length");
        }
        return bytes;
    }

    /** MS-DOS date and time (2-second resolution) of the UTC wall-clock time; 1980-01-01 at the earliest. */
    static int dosTime(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        if (t.getYear() < 1980) {
            return (1 << 21) | (1 << 16);
        }
        return ((t.getYear() - 1980) << 25) | (t.getMonthValue() << 21) | (t.getDayOfMonth() << 16)
                | (t.getHour() << 11) | (t.getMinute() << 5) | (t.getSecond() >> 1);
    }

    private static void int16(OutputStream out, int value) throws IOException {
        out.write(value & 0xFF);
        out.write((value >>> 8) & 0xFF);
    }

    private static void int32(OutputStream out, long value) throws IOException {
        out.write((int) (value & 0xFF));
        out.write((int) ((value >>> 8) & 0xFF));
        out.write((int) ((value >>> 16) & 0xFF));
        out.write((int) ((value >>> 24) & 0xFF));
    }

    private static void int64(OutputStream out, long value) throws IOException {
        int32(out, value & MAX32);
        int32(out, value >>> 32);
    }
}
