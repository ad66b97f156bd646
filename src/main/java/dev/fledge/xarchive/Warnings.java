package dev.fledge.xarchive;

import dev.fledge.problem.FileLocation;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects per-file and per-row problems while reading. In strict mode {@link #add} throws a FledgeException
 * (INVALID_DATA_FILE) instead of collecting. Messages never quote archive content.
 */
public final class Warnings {

    /** One problem: where it is and what was wrong. {@code line}/{@code column} are null when unknown. */
    public record Entry(String file, Integer line, Integer column, String message) {
    }

    private final boolean strict;
    private final List<Entry> entries = new ArrayList<>();

    /** Lenient: problems are collected. */
    public Warnings() {
        this(false);
    }

    /** @param strict when true, the first problem is thrown instead of collected */
    public Warnings(boolean strict) {
        this.strict = strict;
    }

    public void add(FileLocation location, String message) {
        if (strict) {
            throw new FledgeException(ProblemType.INVALID_DATA_FILE, message, location);
        }
        entries.add(location == null
                ? new Entry(null, null, null, message)
                : new Entry(location.file(), location.line(), location.column(), message));
    }

    public boolean strict() {
        return strict;
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public int size() {
        return entries.size();
    }
}
