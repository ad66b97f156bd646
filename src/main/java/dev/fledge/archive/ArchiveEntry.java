package dev.fledge.archive;

/**
 * One file inside an opened archive. {@code path} is relative to the archive root: the wrapping folder that
 * re-zipped archives have (see {@link ArchiveContent#root()}) is already removed, separators are {@code /}.
 * Sizes and the CRC-32 are the ones declared by the ZIP directory; {@link ArchiveContent#open} enforces them (a
 * writer can copy the entry STORED into another ZIP without reading it twice).
 */
public record ArchiveEntry(String path, long size, long compressedSize, long crc32) {

    /** An entry whose CRC-32 is not known (test doubles); {@code crc32} is then -1. */
    public ArchiveEntry(String path, long size, long compressedSize) {
        this(path, size, compressedSize, -1);
    }

    /** The last path segment. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
