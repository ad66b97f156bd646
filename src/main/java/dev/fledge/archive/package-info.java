/**
 * Opening an uploaded ZIP safely. {@link dev.fledge.archive.UploadSpooler} copies the HTTP body to a temporary file
 * and stops at the upload limit; {@link dev.fledge.archive.SafeZipArchive} then reads the central directory with its
 * own small parser (end record, ZIP64 end record and extra fields; archives of tens of GB and millions of entries)
 * and refuses the archive before any entry is read when it is not a ZIP, is broken or truncated, uses encryption or
 * an unsupported compression method, has unsafe names (control characters, absolute paths, {@code ..} segments,
 * Unix symlinks), duplicate names, or breaks an {@link dev.fledge.archive.ArchiveLimits} limit: entry count, declared
 * sizes, compression ratio. Entries whose local data would overlap (sorted by offset) or that claim more bytes than
 * the file holds are refused, which defeats overlapping-entry zip bombs. Reading stays bounded: an entry never yields
 * more than its declared size, and its size and CRC-32 are checked at the end, so lying directories cannot produce
 * unbounded output. macOS clutter ({@code __MACOSX/}, {@code .DS_Store}) is hidden and a single wrapping folder
 * becomes the {@link dev.fledge.archive.ArchiveContent#root() root}.
 * <p>
 * Memory: no object per entry. The index is two {@code long[]}s (16 bytes per entry): sorted keys made of the top
 * bits of a seeded 64-bit name hash plus the entry's index, and each entry's position in the central directory.
 * Names and sizes are re-read from the directory, which is kept in memory only when it is at most 2 MiB. Problem
 * details name entries (escaped) and limits, never entry content.
 */
package dev.fledge.archive;
