package dev.fledge.xarchive;

import dev.fledge.progress.ProgressListener;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * How {@link XArchiveReader#read} reads an archive.
 *
 * @param strict   when true, the first problem in a data file is thrown as a {@code FledgeException}
 *                 (INVALID_DATA_FILE, with the file, line and column) instead of becoming a warning
 * @param spoolDir where posts are spooled so that {@link XArchive#posts()} can return them oldest first; null
 *                 when only counts are needed (inspect): nothing is written to disk then
 * @param include  the optional data that may be streamed from the result (counts are always computed)
 * @param progress told the uncompressed bytes of data files read so far during the reading pass
 *                 ({@link ProgressListener.Phase#READING}); may throw an unchecked exception to stop the reading
 */
public record ReadOptions(boolean strict, Path spoolDir, Set<OptionalData> include, ProgressListener progress) {

    public ReadOptions {
        include = include == null || include.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(include));
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    /** Without progress reporting. */
    public ReadOptions(boolean strict, Path spoolDir, Set<OptionalData> include) {
        this(strict, spoolDir, include, ProgressListener.NONE);
    }

    /** Counts only: no spool, nothing streamable. */
    public static ReadOptions inspect(boolean strict) {
        return new ReadOptions(strict, null, Set.of());
    }
}
