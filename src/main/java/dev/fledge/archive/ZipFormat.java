package dev.fledge.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Signatures, record sizes and little-endian field access of the ZIP format (APPNOTE 6.3.10). */
final class ZipFormat {
    static final long LOCAL_SIG = 0x04034b50L;
    static final long CEN_SIG = 0x02014b50L;
    static final long END_SIG = 0x06054b50L;
    static final long ZIP64_END_SIG = 0x06064b50L;
    static final long ZIP64_LOCATOR_SIG = 0x07064b50L;
    static final long SPANNING_SIG = 0x08074b50L;

    static final int LOCAL_HEADER = 30;
    static final int CEN_HEADER = 46;
    static final int END_HEADER = 22;
    static final int ZIP64_END_HEADER = 56;
    static final int ZIP64_LOCATOR = 20;
    static final int MAX_COMMENT = 0xFFFF;

    static final long MAX32 = 0xFFFFFFFFL;
    static final int MAX16 = 0xFFFF;
    static final int ZIP64_EXTRA_ID = 0x0001;

    static final int STORED = 0;
    static final int DEFLATED = 8;
    /** General-purpose flag bits 0 (encrypted) and 6 (strong encryption). */
    static final int ENCRYPTION_FLAGS = 0x0041;
    static final int UNIX_HOST = 3;
    static final int S_IFMT = 0170000;
    static final int S_IFLNK = 0120000;

    private ZipFormat() {
    }

    static int u16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16) & MAX32;
    }

    /** An unsigned 64-bit field; values above {@link Long#MAX_VALUE} come back negative. */
    static long u64(byte[] b, int i) {
        return u32(b, i) | u32(b, i + 4) << 32;
    }

    /** Reads up to {@code len} bytes at {@code position}; fewer only at end of file. Returns the count read. */
    static int readAt(FileChannel channel, byte[] b, int off, int len, long position) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position() - off);
            if (n < 0) {
                break;
            }
        }
        return buffer.position() - off;
    }

    static String methodName(int method) {
        return switch (method) {
            case 1 -> "shrink";
            case 6 -> "implode";
            case 9 -> "deflate64";
            case 12 -> "bzip2";
            case 14 -> "LZMA";
            case 93 -> "Zstandard";
            case 95 -> "XZ";
            case 98 -> "PPMd";
            case 99 -> "AES encryption";
            default -> "unknown";
        };
    }
}
