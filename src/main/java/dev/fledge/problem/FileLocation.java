package dev.fledge.problem;

/**
 * A place inside an archive: the entry path (relative to the archive root) and, when known, the 1-based line
 * and column. {@code line} and {@code column} are null when the problem concerns the file as a whole.
 */
public record FileLocation(String file, Integer line, Integer column) {
    public static FileLocation of(String file) {
        return new FileLocation(file, null, null);
    }
}
