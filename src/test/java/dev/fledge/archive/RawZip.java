package dev.fledge.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes ZIP files field by field, including the malformed and hostile ones {@link java.util.zip.ZipOutputStream}
 * refuses to write: lying sizes, ZIP64 extra fields, shared local headers, duplicate names, symlinks, encryption
 * flags. Local entries are written as they are added; {@link #finish} writes the central directory and end records.
 */
public final class RawZip {
    private static final long MAX32 = 0xFFFFFFFFL;

    /** What one entry declares; every field can be set to a lie. */
    public static final class Entry {
        final String name;
        byte[] data;
        long hole;
        int method;
        int flags;
        int versionMadeBy = 20;
        long externalAttributes;
        long crc;
        long size;
        long compressedSize;
        boolean zip64;

        private Entry(String name, int method, byte[] data, long size, long crc) {
            this.name = name;
            this.method = method;
            this.data = data;
            this.compressedSize = data.length;
            this.size = size;
            this.crc = crc;
        }

        public static Entry deflated(String name, byte[] content) {
            return new Entry(name, 8, deflate(content), content.length, crc32(content));
        }

        public static Entry stored(String name, byte[] content) {
            return new Entry(name, 0, content, content.length, crc32(content));
        }

        public static Entry text(String name, String content) {
            return deflated(name, content.getBytes(StandardCharsets.UTF_8));
        }

        /** {@code size} zeros, deflated in chunks (64 MiB deflate to about 64 KiB). */
        public static Entry deflatedZeros(String name, long size) {
            Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] zeros = new byte[1 << 20];
            byte[] buffer = new byte[1 << 16];
            CRC32 crc = new CRC32();
            for (long left = size; left > 0; left -= zeros.length) {
                int n = (int) Math.min(left, zeros.length);
                crc.update(zeros, 0, n);
                deflater.setInput(zeros, 0, n);
                while (!deflater.needsInput()) {
                    out.write(buffer, 0, deflater.deflate(buffer));
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            return new Entry(name, 8, out.toByteArray(), size, crc.getValue());
        }

        /** A stored entry of {@code size} bytes left as a hole in a sparse file (its CRC is not computed). */
        public static Entry storedHole(String name, long size) {
            Entry entry = new Entry(name, 0, new byte[0], size, 0);
            entry.hole = size;
            entry.compressedSize = size;
            return entry;
        }

        public static Entry directory(String name) {
            return stored(name, new byte[0]);
        }

        public Entry flags(int value) {
            flags = value;
            return this;
        }

        public Entry method(int value) {
            method = value;
            return this;
        }

        public Entry size(long value) {
            size = value;
            return this;
        }

        public Entry compressedSize(long value) {
            compressedSize = value;
            return this;
        }

        public Entry crc(long value) {
            crc = value;
            return this;
        }

        /** Sizes and offset written as 0xFFFFFFFF with the real values in a ZIP64 extra field. */
        public Entry zip64() {
            zip64 = true;
            return this;
        }

        public Entry symlink() {
            versionMadeBy = 3 << 8 | 20;
            externalAttributes = 0120777L << 16;
            return this;
        }
    }

    private final FileChannel channel;
    private final ByteArrayOutputStream directory = new ByteArrayOutputStream();
    private long position;
    private int entries;

    public RawZip(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Writes bytes that belong to no entry (a spanning marker, padding). */
    public RawZip raw(byte[] bytes) throws IOException {
        write(bytes);
        return this;
    }

    /** Writes the entry's local header and data, then its central record. */
    public RawZip add(Entry entry) throws IOException {
        return central(entry, local(entry));
    }

    /** Writes the local header and data; returns the header's offset. */
    public long local(Entry entry) throws IOException {
        long offset = position;
        byte[] name = entry.name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer header = buffer(30 + name.length + (entry.zip64 ? 20 : 0));
        header.putInt(0x04034b50).putShort((short) 45).putShort((short) entry.flags)
                .putShort((short) entry.method).putInt(0).putInt((int) entry.crc)
                .putInt((int) (entry.zip64 ? MAX32 : entry.compressedSize))
                .putInt((int) (entry.zip64 ? MAX32 : entry.size))
                .putShort((short) name.length).putShort((short) (entry.zip64 ? 20 : 0)).put(name);
        if (entry.zip64) {
            header.putShort((short) 1).putShort((short) 16).putLong(entry.size).putLong(entry.compressedSize);
        }
        write(header.array());
        write(entry.data);
        position += entry.hole;
        return offset;
    }

    /** Adds a central record pointing at {@code localOffset}, which may be another entry's local header. */
    public RawZip central(Entry entry, long localOffset) {
        byte[] name = entry.name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer record = buffer(46 + name.length + (entry.zip64 ? 28 : 0));
        record.putInt(0x02014b50).putShort((short) entry.versionMadeBy).putShort((short) 45)
                .putShort((short) entry.flags).putShort((short) entry.method).putInt(0).putInt((int) entry.crc)
                .putInt((int) (entry.zip64 ? MAX32 : entry.compressedSize))
                .putInt((int) (entry.zip64 ? MAX32 : entry.size))
                .putShort((short) name.length).putShort((short) (entry.zip64 ? 28 : 0)).putShort((short) 0)
                .putShort((short) 0).putShort((short) 0).putInt((int) entry.externalAttributes)
                .putInt((int) (entry.zip64 ? MAX32 : localOffset)).put(name);
        if (entry.zip64) {
            record.putShort((short) 1).putShort((short) 24)
                    .putLong(entry.size).putLong(entry.compressedSize).putLong(localOffset);
        }
        directory.writeBytes(record.array());
        entries++;
        return this;
    }

    /** Writes the central directory and the end record (preceded by the ZIP64 ones when asked), and closes. */
    public void finish(boolean zip64) throws IOException {
        long start = position;
        long size = directory.size();
        write(directory.toByteArray());
        if (zip64) {
            long recordOffset = position;
            write(buffer(56).putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45)
                    .putInt(0).putInt(0).putLong(entries).putLong(entries).putLong(size).putLong(start).array());
            write(buffer(20).putInt(0x07064b50).putInt(0).putLong(recordOffset).putInt(1).array());
        }
        short count = (short) (zip64 ? 0xFFFF : entries);
        write(buffer(22).putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort(count)
                .putShort(count).putInt((int) (zip64 ? MAX32 : size)).putInt((int) (zip64 ? MAX32 : start))
                .putShort((short) 0).array());
        channel.close();
    }

    private void write(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            position += channel.write(buffer, position);
        }
    }

    private static ByteBuffer buffer(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    public static byte[] deflate(byte[] content) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    public static long crc32(byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return crc.getValue();
    }
}
