package dev.fledge.xarchive;

import dev.fledge.model.ArchiveWarning;

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

    /** How many warnings are kept; later ones are only counted. */
    public static final int MAX_KEPT = 1000;

    private final boolean strict;
    private final boolean discard;
    private final List<ArchiveWarning> kept = new ArrayList<>();
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
                ? new ArchiveWarning(null, null, null, message)
                : new ArchiveWarning(location.file(), location.line(), location.column(), message));
    }

    /** The warnings kept so far, in the order they were added. */
    public List<ArchiveWarning> entries() {
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
