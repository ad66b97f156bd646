package dev.fledge.model;

/**
 * A problem met while reading an archive that did not stop the reading: a broken file, skipped rows, a file the
 * manifest lists but the archive lacks. {@code line} and {@code column} are 1-based, null when not about a place
 * in the file. The message never quotes archive content.
 */
public record ArchiveWarning(String file, Integer line, Integer column, String message) {
}
