package dev.fledge.archive;

import dev.fledge.problem.ProblemType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static dev.fledge.archive.ZipFormat.CEN_HEADER;
import static dev.fledge.archive.ZipFormat.MAX32;
import static dev.fledge.archive.ZipFormat.u16;
import static dev.fledge.archive.ZipFormat.u32;
import static dev.fledge.archive.ZipFormat.u64;

/**
 * One central-directory record, parsed into reusable fields: a scan over the directory reuses one instance, so
 * reading never allocates per entry beyond the name string. Sizes and the local header offset already include the
 * ZIP64 extended-information extra field.
 */
final class DirectoryRecord {
    int versionMadeBy;
    int flags;
    int method;
    long crc;
    long compressedSize;
    long size;
    long externalAttributes;
    long localHeaderOffset;
    int nameLength;
    /** Normalized name ({@code \} replaced by {@code /}); names are decoded as UTF-8. */
    String name;
    /** Bytes this record occupies in the directory. */
    int length;

    /** Parses the record at {@code offset}; BROKEN_ZIP when it is not a well-formed record. */
    void read(DirectoryBytes bytes, long offset) throws IOException {
        int i = bytes.load(offset, CEN_HEADER);
        byte[] b = bytes.array();
        if (u32(b, i) != ZipFormat.CEN_SIG) {
            throw ArchiveProblems.broken("a central directory record has a wrong signature.");
        }
        versionMadeBy = u16(b, i + 4);
        flags = u16(b, i + 8);
        method = u16(b, i + 10);
        crc = u32(b, i + 16);
        compressedSize = u32(b, i + 20);
        size = u32(b, i + 24);
        nameLength = u16(b, i + 28);
        int extraLength = u16(b, i + 30);
        int commentLength = u16(b, i + 32);
        externalAttributes = u32(b, i + 38);
        localHeaderOffset = u32(b, i + 42);
        length = CEN_HEADER + nameLength + extraLength + commentLength;
        if (offset + length > bytes.size()) {
            throw ArchiveProblems.broken("a central directory record runs past the end of the directory.");
        }
        i = bytes.load(offset + CEN_HEADER, nameLength + extraLength);
        b = bytes.array();
        name = EntryNames.normalize(new String(b, i, nameLength, StandardCharsets.UTF_8));
        if (size == MAX32 || compressedSize == MAX32 || localHeaderOffset == MAX32) {
            readZip64(b, i + nameLength, extraLength);
        }
    }

    /** Replaces the 32-bit fields that are 0xFFFFFFFF by the ZIP64 extra field values, in the APPNOTE order. */
    private void readZip64(byte[] b, int start, int length) {
        int end = start + length;
        for (int p = start; p + 4 <= end; ) {
            int id = u16(b, p);
            int fieldEnd = p + 4 + u16(b, p + 2);
            if (fieldEnd > end) {
                break;
            }
            if (id == ZipFormat.ZIP64_EXTRA_ID) {
                int q = p + 4;
                if (size == MAX32) {
                    size = zip64Value(b, q, fieldEnd);
                    q += 8;
                }
                if (compressedSize == MAX32) {
                    compressedSize = zip64Value(b, q, fieldEnd);
                    q += 8;
                }
                if (localHeaderOffset == MAX32) {
                    localHeaderOffset = zip64Value(b, q, fieldEnd);
                }
                return;
            }
            p = fieldEnd;
        }
        throw ArchiveProblems.entry(ProblemType.BROKEN_ZIP, name,
                "needs a ZIP64 extra field for its sizes or offset, but has none.");
    }

    private long zip64Value(byte[] b, int at, int fieldEnd) {
        long value = at + 8 <= fieldEnd ? u64(b, at) : -1;
        if (value < 0) {
            throw ArchiveProblems.entry(ProblemType.BROKEN_ZIP, name,
                    "has a ZIP64 extra field that is too short or holds an impossible value.");
        }
        return value;
    }

    boolean isUnixSymlink() {
        return versionMadeBy >> 8 == ZipFormat.UNIX_HOST
                && (externalAttributes >>> 16 & ZipFormat.S_IFMT) == ZipFormat.S_IFLNK;
    }
}
