package dev.fledge.archive;

/**
 * What an uploaded archive may contain. The defaults accept a real 1,000,000-post archive with its media
 * (hundreds of thousands of entries, tens of GB) and refuse zip bombs. The REST layer fills this from
 * configuration ({@code fledge.limits.*}).
 *
 * @param maxUploadBytes            size of the uploaded ZIP file itself (HTTP 413 above it)
 * @param maxEntries                number of entries in the central directory
 * @param maxEntryBytes             declared uncompressed size of one entry
 * @param maxTotalUncompressedBytes sum of declared uncompressed sizes
 * @param maxCompressionRatio       uncompressed/compressed ratio allowed for entries larger than
 *                                  {@code ratioCheckMinBytes} (deflate tops out near 1032:1; real data files
 *                                  compress about 10:1, repetitive JSON up to ~50:1)
 * @param ratioCheckMinBytes        entries smaller than this are never refused for their ratio
 */
public record ArchiveLimits(
        long maxUploadBytes,
        int maxEntries,
        long maxEntryBytes,
        long maxTotalUncompressedBytes,
        double maxCompressionRatio,
        long ratioCheckMinBytes) {

    public static final long GIB = 1024L * 1024 * 1024;
    public static final long MIB = 1024L * 1024;

    public static ArchiveLimits defaults() {
        return new ArchiveLimits(64 * GIB, 2_000_000, 16 * GIB, 256 * GIB, 200.0, 16 * MIB);
    }
}
