package dev.fledge.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Read access to the files of an uploaded archive that has already been checked for safety (see
 * {@link SafeZipArchive}). Paths are archive paths, never file-system paths: nothing here touches the disk
 * beyond the spooled upload itself. Implementations hold no per-entry objects in memory, so archives with
 * hundreds of thousands of media files stay cheap.
 */
public interface ArchiveContent extends Closeable {

    /** The wrapping folder removed from every path ({@code ""} when there is none, else e.g. {@code "twitter-2024/"}). */
    String root();

    /** The entry at {@code path} (relative to {@link #root()}), if present. Directory entries are never returned. */
    Optional<ArchiveEntry> entry(String path);

    /**
     * Calls {@code action} for every file entry whose path starts with {@code prefix} (use {@code ""} for all,
     * {@code "data/tweets_media/"} for one folder), in central-directory order.
     */
    void forEachEntry(String prefix, Consumer<ArchiveEntry> action);

    /**
     * Opens an entry for reading. The stream inflates lazily and fails with an {@link ArchiveDataException} (an
     * {@link java.io.IOException} whose cause is a {@link dev.fledge.problem.FledgeException}): {@code
     * ENTRY_SIZE_MISMATCH} when the data is longer or shorter than the directory declared, so a lying entry can
     * never produce more bytes than the limits allowed; {@code BROKEN_ZIP} for a bad CRC-32, invalid deflate data or
     * a missing local header. Several streams may be open at once, also from different threads.
     */
    InputStream open(ArchiveEntry entry) throws IOException;

    /** Number of file entries (directories not counted). */
    int entryCount();

    /** Sum of the declared uncompressed sizes of all file entries. */
    long totalUncompressedSize();
}
