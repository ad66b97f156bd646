package dev.fledge.archive;

/**
 * One file inside an opened archive. {@code path} is relative to the archive root: the wrapping folder that
 * re-zipped archives have (see {@link ArchiveContent#root()}) is already removed, separators are {@code /}.
 * Sizes are the ones declared by the ZIP directory; {@link ArchiveContent#open} enforces them.
 */
public record ArchiveEntry(String path, long size, long compressedSize) {
    /** The last path segment. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
