package dev.fledge.archive;

import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import static dev.fledge.archive.ArchiveProblems.broken;
import static dev.fledge.archive.ArchiveProblems.bytes;
import static dev.fledge.archive.ArchiveProblems.count;
import static dev.fledge.archive.ZipFormat.CEN_HEADER;
import static dev.fledge.archive.ZipFormat.END_HEADER;
import static dev.fledge.archive.ZipFormat.LOCAL_HEADER;
import static dev.fledge.archive.ZipFormat.readAt;
import static dev.fledge.archive.ZipFormat.u16;
import static dev.fledge.archive.ZipFormat.u32;
import static dev.fledge.archive.ZipFormat.u64;

/**
 * A ZIP upload opened with its own central-directory reader and fully validated before any entry is read: see
 * the package description for what is refused. The index holds two {@code long}s per entry; names, sizes and
 * offsets are re-read from the central directory (kept in memory only when small). Lookups, iteration and
 * {@link #open} may be used from several threads; {@link #close()} releases the file but does not delete it.
 * {@link #entry} and {@link #forEachEntry} re-read the directory from disk for large archives: an I/O error there
 * surfaces as an {@link UncheckedIOException}, a file changed since opening as a BROKEN_ZIP {@link FledgeException}.
 */
public final class SafeZipArchive implements ArchiveContent {
    /**
     * Central directories up to this size (about 80,000 entries) are kept in memory whole, so that the converters'
     * many name lookups cost no disk read; larger ones are re-read from the file through a small window.
     */
    static final int CACHED_DIRECTORY_MAX = 8 * 1024 * 1024;
    private static final int SCAN_BUFFER = 256 * 1024;
    private static final int LOOKUP_BUFFER = 1024;
    /** Flag in {@link #positions}: a directory or hidden entry, never returned. */
    private static final long NOT_LISTED = 1L << 62;

    private final FileChannel channel;
    private final long directoryStart;
    private final DirectoryBytes directory;
    private final String root;
    private final long seed;
    /** Low bits of a key: the entry's index in directory order; high bits: the top of its name hash. */
    private final long indexMask;
    /** Sorted keys, one per entry of the central directory. */
    private final long[] keys;
    /** Per entry in directory order: offset of its record in the directory, plus {@link #NOT_LISTED}. */
    private final long[] positions;
    private final int fileCount;
    private final long fileTotalSize;

    private SafeZipArchive(FileChannel channel, long directoryStart, DirectoryBytes directory, Index index) {
        this.channel = channel;
        this.directoryStart = directoryStart;
        this.directory = directory;
        this.root = index.root();
        this.seed = index.seed;
        this.indexMask = index.mask;
        this.keys = index.hashes;
        this.positions = index.positions;
        this.fileCount = index.files;
        this.fileTotalSize = index.filesTotal;
    }

    /**
     * Opens and validates {@code zipFile}. Throws a {@link FledgeException} (UPLOAD_TOO_LARGE, NOT_A_ZIP, or one
     * of the 422 archive problems) when it must be refused; nothing is left open then.
     */
    public static SafeZipArchive open(Path zipFile, ArchiveLimits limits) throws IOException {
        FileChannel channel = FileChannel.open(zipFile, StandardOpenOption.READ);
        try {
            return validate(channel, limits);
        } catch (IOException | RuntimeException | Error e) {
            try {
                channel.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private static SafeZipArchive validate(FileChannel channel, ArchiveLimits limits) throws IOException {
        long fileSize = channel.size();
        if (fileSize > limits.maxUploadBytes()) {
            throw new FledgeException(ProblemType.UPLOAD_TOO_LARGE, "The archive is " + bytes(fileSize)
                    + ", more than the limit of " + bytes(limits.maxUploadBytes()) + ".");
        }
        checkZipSignature(channel, fileSize);
        End end = End.find(channel, fileSize);
        if (end.entries > limits.maxEntries()) {
            throw tooManyEntries(limits);
        }
        DirectoryBytes bytes = end.size <= CACHED_DIRECTORY_MAX
                ? DirectoryBytes.whole(channel, end.start, (int) end.size)
                : DirectoryBytes.window(channel, end.start, end.size, SCAN_BUFFER);
        Index index = new Index(limits, end.start, (int) Math.min(end.entries, end.size / CEN_HEADER));
        DirectoryRecord record = new DirectoryRecord();
        for (long offset = 0; offset < end.size; offset += record.length) {
            if (index.count == limits.maxEntries()) {
                throw tooManyEntries(limits);
            }
            record.read(bytes, offset);
            index.add(record, offset);
        }
        if (index.count != end.entries && (end.zip64 || (index.count & ZipFormat.MAX16) != end.entries)) {
            throw broken("the central directory holds " + count(index.count) + " entries but its end record says "
                    + count(end.entries) + ".");
        }
        index.checkOverlaps();
        DirectoryBytes kept = bytes.copy(0);
        index.checkDuplicates(kept.copy(LOOKUP_BUFFER));
        return new SafeZipArchive(channel, end.start, kept, index);
    }

    private static void checkZipSignature(FileChannel channel, long fileSize) throws IOException {
        if (fileSize == 0) {
            throw new FledgeException(ProblemType.NOT_A_ZIP, "The upload is empty; a ZIP archive was expected.");
        }
        byte[] head = new byte[4];
        long signature = readAt(channel, head, 0, 4, 0) == 4 ? u32(head, 0) : -1;
        if (signature != ZipFormat.LOCAL_SIG && signature != ZipFormat.END_SIG
                && signature != ZipFormat.SPANNING_SIG) {
            throw new FledgeException(ProblemType.NOT_A_ZIP,
                    "The upload is not a ZIP archive: it does not start with a ZIP signature.");
        }
    }

    private static FledgeException tooManyEntries(ArchiveLimits limits) {
        return new FledgeException(ProblemType.TOO_MANY_ENTRIES,
                "The archive has more than " + count(limits.maxEntries()) + " entries, the limit.");
    }

    @Override
    public String root() {
        return root;
    }

    @Override
    public Optional<ArchiveEntry> entry(String path) {
        ensureOpen();
        DirectoryRecord record = new DirectoryRecord();
        try {
            return find(path, record) < 0 ? Optional.empty() : Optional.of(toEntry(record));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void forEachEntry(String prefix, Consumer<ArchiveEntry> action) {
        ensureOpen();
        DirectoryBytes bytes = directory.copy(SCAN_BUFFER);
        DirectoryRecord record = new DirectoryRecord();
        try {
            for (long position : positions) {
                if ((position & NOT_LISTED) == 0) {
                    record.read(bytes, position);
                    if (record.name.startsWith(prefix, root.length())) {
                        action.accept(toEntry(record));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(ArchiveEntry entry) throws IOException {
        ensureOpen();
        DirectoryRecord record = new DirectoryRecord();
        if (find(entry.path(), record) < 0) {
            throw new IllegalArgumentException("Not a file entry of this archive");
        }
        String path = entry.path();
        byte[] header = new byte[LOCAL_HEADER];
        if (readAt(channel, header, 0, LOCAL_HEADER, record.localHeaderOffset) < LOCAL_HEADER
                || u32(header, 0) != ZipFormat.LOCAL_SIG) {
            throw ArchiveProblems.data(ProblemType.BROKEN_ZIP, path,
                    "has no valid local header where the ZIP directory points.");
        }
        long dataStart = record.localHeaderOffset + LOCAL_HEADER + u16(header, 26) + u16(header, 28);
        if (dataStart + record.compressedSize > directoryStart) {
            throw ArchiveProblems.data(ProblemType.BROKEN_ZIP, path, "has data that runs into the central directory.");
        }
        return new EntryInputStream(channel, record, path, dataStart);
    }

    @Override
    public int entryCount() {
        return fileCount;
    }

    @Override
    public long totalUncompressedSize() {
        return fileTotalSize;
    }

    /** Releases the file channel; open entry streams fail afterwards. The file itself is left in place. */
    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Bytes this object keeps per archive beyond constants: the index arrays and a small cached directory. */
    long retainedBytes() {
        return 8L * keys.length + 8L * positions.length + directory.retainedBytes();
    }

    /** Finds the listed entry at {@code path} (relative to the root), leaving it parsed in {@code record}. */
    private int find(String path, DirectoryRecord record) throws IOException {
        DirectoryBytes bytes = directory.copy(LOOKUP_BUFFER);
        long hash = EntryNames.finish(EntryNames.hash(EntryNames.hash(seed, root), path)) & ~indexMask;
        int i = Arrays.binarySearch(keys, hash);
        for (i = i < 0 ? -i - 1 : i; i < keys.length && (keys[i] & ~indexMask) == hash; i++) {
            int index = (int) (keys[i] & indexMask);
            if ((positions[index] & NOT_LISTED) == 0) {
                record.read(bytes, positions[index]);
                String name = record.name;
                if (name.length() == root.length() + path.length() && name.startsWith(root) && name.endsWith(path)) {
                    return index;
                }
            }
        }
        return -1;
    }

    private ArchiveEntry toEntry(DirectoryRecord record) {
        return new ArchiveEntry(record.name.substring(root.length()), record.size, record.compressedSize, record.crc);
    }

    private void ensureOpen() {
        if (!channel.isOpen()) {
            throw new IllegalStateException("The archive is closed");
        }
    }

    /** Where the central directory is, from the end record (and its ZIP64 twin when present). */
    private record End(long start, long size, long entries, boolean zip64) {
        static End find(FileChannel channel, long fileSize) throws IOException {
            int tailLength = (int) Math.min(fileSize, END_HEADER + ZipFormat.MAX_COMMENT);
            byte[] tail = new byte[tailLength];
            long tailStart = fileSize - tailLength;
            if (readAt(channel, tail, 0, tailLength, tailStart) != tailLength) {
                throw broken("the file could not be read to its end.");
            }
            int at = tailLength - END_HEADER;
            while (at >= 0 && !isEndRecord(tail, at)) {
                at--;
            }
            if (at < 0) {
                throw broken("its end record is missing (the file may be cut short).");
            }
            long endPosition = tailStart + at;
            long disk = u16(tail, at + 4) | u16(tail, at + 6);
            long entries = u16(tail, at + 10);
            long size = u32(tail, at + 12);
            long start = u32(tail, at + 16);
            long limit = endPosition;
            boolean zip64 = false;
            byte[] locator = new byte[ZipFormat.ZIP64_LOCATOR];
            if (endPosition >= locator.length
                    && readAt(channel, locator, 0, locator.length, endPosition - locator.length) == locator.length
                    && u32(locator, 0) == ZipFormat.ZIP64_LOCATOR_SIG) {
                long recordPosition = u64(locator, 8);
                byte[] record = new byte[ZipFormat.ZIP64_END_HEADER];
                if (recordPosition < 0 || recordPosition > endPosition - locator.length - record.length
                        || readAt(channel, record, 0, record.length, recordPosition) != record.length
                        || u32(record, 0) != ZipFormat.ZIP64_END_SIG) {
                    throw broken("its ZIP64 end record is missing or misplaced.");
                }
                disk = u32(record, 16) | u32(record, 20);
                entries = u64(record, 32);
                size = u64(record, 40);
                start = u64(record, 48);
                limit = recordPosition;
                zip64 = true;
            }
            if (disk != 0) {
                throw broken("it is split into several parts, which is not supported.");
            }
            if (entries < 0 || size < 0 || start < 0 || start > limit || size > limit - start) {
                throw broken("its central directory lies outside the file.");
            }
            return new End(start, size, entries, zip64);
        }

        /** An end record signature whose comment length reaches exactly the end of the file. */
        private static boolean isEndRecord(byte[] tail, int at) {
            return u32(tail, at) == ZipFormat.END_SIG && at + END_HEADER + u16(tail, at + 20) == tail.length;
        }
    }

    /** The index under construction, with the transient arrays of the overlap check. */
    private static final String X_DATA_FOLDER = "data/";

    private static final class Index {
        final ArchiveLimits limits;
        final long directoryStart;
        final long seed = ThreadLocalRandom.current().nextLong();
        long mask;
        long[] hashes;
        long[] positions;
        long[] starts;
        long[] ends;
        int count;
        long total;
        long occupied;
        int files;
        long filesTotal;
        String firstSegment;
        boolean wrapped = true;

        Index(ArchiveLimits limits, long directoryStart, int capacity) {
            this.limits = limits;
            this.directoryStart = directoryStart;
            hashes = new long[capacity];
            positions = new long[capacity];
            starts = new long[capacity];
            ends = new long[capacity];
        }

        void add(DirectoryRecord r, long position) {
            String name = r.name;
            String unsafe = EntryNames.unsafeReason(name);
            if (unsafe != null) {
                throw ArchiveProblems.entry(ProblemType.UNSAFE_ENTRY_NAME, name, unsafe + ".");
            }
            if (r.isUnixSymlink()) {
                throw ArchiveProblems.entry(ProblemType.UNSAFE_ENTRY_NAME, name, "is a symbolic link.");
            }
            if ((r.flags & ZipFormat.ENCRYPTION_FLAGS) != 0) {
                throw ArchiveProblems.entry(ProblemType.ENCRYPTED_ENTRY, name,
                        "is encrypted; password-protected archives cannot be read.");
            }
            if (r.method != ZipFormat.STORED && r.method != ZipFormat.DEFLATED) {
                throw ArchiveProblems.entry(ProblemType.BROKEN_ZIP, name, "uses compression method " + r.method
                        + " (" + ZipFormat.methodName(r.method) + "); only stored (0) and deflate (8) are supported.");
            }
            checkSizes(r);
            long start = r.localHeaderOffset;
            if (start > directoryStart || r.compressedSize > directoryStart
                    || start + LOCAL_HEADER + r.nameLength + r.compressedSize > directoryStart) {
                throw ArchiveProblems.entry(ProblemType.OVERLAPPING_ENTRIES, name,
                        "has data that overlaps the central directory.");
            }
            long end = start + LOCAL_HEADER + r.nameLength + r.compressedSize;
            occupied += end - start;
            if (occupied > directoryStart) {
                throw new FledgeException(ProblemType.OVERLAPPING_ENTRIES, "The entries claim more bytes than the"
                        + " archive holds, so their data overlaps (a zip bomb technique).");
            }
            boolean listed = !EntryNames.isDirectory(name) && !EntryNames.isHidden(name);
            if (listed) {
                files++;
                filesTotal += r.size;
                trackRoot(name);
            }
            if (count == hashes.length) {
                int capacity = (int) Math.min(limits.maxEntries(), Math.max(16, count + (count >> 1)));
                hashes = Arrays.copyOf(hashes, capacity);
                positions = Arrays.copyOf(positions, capacity);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
            }
            hashes[count] = EntryNames.finish(EntryNames.hash(seed, name));
            positions[count] = position | (listed ? 0 : NOT_LISTED);
            starts[count] = start;
            ends[count] = end;
            count++;
        }

        private void checkSizes(DirectoryRecord r) {
            if (r.size > limits.maxEntryBytes()) {
                throw ArchiveProblems.entry(ProblemType.ENTRY_TOO_LARGE, r.name, "declares " + bytes(r.size)
                        + " uncompressed, more than the limit of " + bytes(limits.maxEntryBytes()) + " per entry.");
            }
            if (r.method == ZipFormat.STORED && r.size != r.compressedSize) {
                throw ArchiveProblems.entry(ProblemType.ENTRY_SIZE_MISMATCH, r.name,
                        "is stored without compression but declares two different sizes.");
            }
            if (r.size >= limits.ratioCheckMinBytes() && r.size > limits.maxCompressionRatio() * r.compressedSize) {
                String ratio = r.compressedSize == 0 ? "an infinite compression ratio"
                        : "a compression ratio of " + ArchiveProblems.number((double) r.size / r.compressedSize) + ":1";
                throw ArchiveProblems.entry(ProblemType.COMPRESSION_RATIO, r.name, "declares " + ratio
                        + "; the limit is " + ArchiveProblems.number(limits.maxCompressionRatio())
                        + ":1 for entries of " + bytes(limits.ratioCheckMinBytes()) + " or more.");
            }
            if (r.size > limits.maxTotalUncompressedBytes() - total) {
                throw new FledgeException(ProblemType.ARCHIVE_TOO_LARGE_UNCOMPRESSED, "The archive declares more than "
                        + bytes(limits.maxTotalUncompressedBytes()) + " of uncompressed data in total, the limit.");
            }
            total += r.size;
        }

        private void trackRoot(String name) {
            if (!wrapped) {
                return;
            }
            int slash = name.indexOf('/');
            if (slash < 0) {
                wrapped = false;
            } else if (firstSegment == null) {
                firstSegment = name.substring(0, slash + 1);
            } else if (!name.startsWith(firstSegment)) {
                wrapped = false;
            }
        }

        /**
         * The one folder every file sits in, when there is one and it is not {@code data/}: an X archive whose
         * viewer files were deleted has only {@code data/}, which is part of the layout, not a wrapper.
         */
        String root() {
            return wrapped && firstSegment != null && !firstSegment.equals(X_DATA_FOLDER) ? firstSegment : "";
        }

        /**
         * Disjoint ranges sorted by start also have sorted ends, so sorting starts and ends separately and
         * checking {@code ends[i] <= starts[i + 1]} proves that no two local ranges overlap.
         */
        void checkOverlaps() {
            Arrays.sort(starts, 0, count);
            Arrays.sort(ends, 0, count);
            for (int i = 0; i + 1 < count; i++) {
                if (ends[i] > starts[i + 1]) {
                    throw new FledgeException(ProblemType.OVERLAPPING_ENTRIES, "Two entries share the same bytes of"
                            + " the archive (overlapping entries, a zip bomb technique).");
                }
            }
            starts = null;
            ends = null;
        }

        /** Turns hashes into sorted keys (hash top bits + index) and refuses names that appear twice. */
        void checkDuplicates(DirectoryBytes bytes) throws IOException {
            int indexBits = 64 - Long.numberOfLeadingZeros(Math.max(1, count - 1));
            mask = (1L << indexBits) - 1;
            hashes = Arrays.copyOf(hashes, count);
            positions = Arrays.copyOf(positions, count);
            for (int i = 0; i < count; i++) {
                hashes[i] = hashes[i] & ~mask | i;
            }
            Arrays.sort(hashes);
            DirectoryRecord record = new DirectoryRecord();
            for (int i = 0, j; i < count; i = j) {
                for (j = i + 1; j < count && (hashes[j] & ~mask) == (hashes[i] & ~mask); j++) {
                    // a run of entries whose hashes agree
                }
                if (j - i > 1) {
                    Set<String> names = new HashSet<>();
                    for (int k = i; k < j; k++) {
                        record.read(bytes, positions[(int) (hashes[k] & mask)] & ~NOT_LISTED);
                        if (!names.add(record.name)) {
                            throw ArchiveProblems.entry(ProblemType.DUPLICATE_ENTRY, record.name,
                                    "appears more than once in the archive.");
                        }
                    }
                }
            }
        }
    }
}
