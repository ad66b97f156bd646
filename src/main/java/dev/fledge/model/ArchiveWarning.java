package dev.fledge.model;

/**
 * A problem met while reading an archive that did not stop the reading: a broken file (the rows before the break
 * are kept), skipped rows, a file the manifest lists but the archive lacks. Never quotes archive content.
 *
 * @param file    the archive entry concerned (relative to the archive root)
 * @param line    1-based line, or null when the problem concerns the file as a whole
 * @param column  1-based column (characters), or null
 * @param message what was wrong, for the user
 */
public record ArchiveWarning(String file, Integer line, Integer column, String message) {
}
