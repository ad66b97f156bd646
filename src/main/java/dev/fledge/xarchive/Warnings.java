package dev.fledge.xarchive;

import dev.fledge.problem.FileLocation;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects per-file and per-row problems while an archive is read. In strict mode {@link #add} throws a
 * {@link FledgeException} ({@link ProblemType#INVALID_DATA_FILE}) carrying the location instead of collecting, so
 * the first problem stops the reading. Messages never quote archive content: they say what was wrong, the location
 * says where.
 *
 * <p>At most {@link #MAX_KEPT} warnings are kept (a damaged archive cannot fill the memory with them); the number
 * of further ones is {@link #dropped()}. Not thread-safe: one instance per reading.
 */
public final class Warnings {

    /**
     * One problem met while reading that did not stop the reading: a broken file (the rows before the break are
     * kept), skipped rows, a file the manifest lists but the archive lacks. Never quotes archive content.
     *
     * @param file    the archive entry concerned (relative to the archive root), or null
     * @param line    1-based line, or null when the problem concerns the file as a whole
     * @param column  1-based column (UTF-16 characters, as editors count), or null
     * @param message what was wrong, for the user
     */
    public record Entry(String file, Integer line, Integer column, String message) {
    }

    /** How many warnings are kept; later ones are only counted. */
    public static final int MAX_KEPT = 1000;

    private final boolean strict;
    private final boolean discard;
    private final List<Entry> kept = new ArrayList<>();
    private long dropped;

    /** Collecting, not strict. */
    public Warnings() {
        this(false);
    }

    public Warnings(boolean strict) {
        this(strict, false);
    }

    private Warnings(boolean strict, boolean discard) {
        this.strict = strict;
        this.discard = discard;
    }

    /**
     * A sink that forgets everything: for re-reading files whose problems were already reported by the first pass.
     */
    public static Warnings discarding() {
        return new Warnings(false, true);
    }

    public boolean strict() {
        return strict;
    }

    /** Records a problem at {@code location}; in strict mode throws it as an INVALID_DATA_FILE problem instead. */
    public void add(FileLocation location, String message) {
        if (strict) {
            throw new FledgeException(ProblemType.INVALID_DATA_FILE, message, location);
        }
        if (discard) {
            return;
        }
        if (kept.size() >= MAX_KEPT) {
            dropped++;
            return;
        }
        kept.add(location == null
                ? new Entry(null, null, null, message)
                : new Entry(location.file(), location.line(), location.column(), message));
    }

    /** The warnings kept so far, in the order they were added. */
    public List<Entry> entries() {
        return List.copyOf(kept);
    }

    /** Number of warnings kept. */
    public int size() {
        return kept.size();
    }

    /** Number of warnings added after {@link #MAX_KEPT} were kept. */
    public long dropped() {
        return dropped;
    }

    public boolean isEmpty() {
        return kept.isEmpty() && dropped == 0;
    }
}
