package dev.fledge.xarchive;

import dev.fledge.problem.FileLocation;

/**
 * CONTRACT SKELETON (owned by the layout reader): collects per-file and per-row problems while reading.
 * In strict mode {@link #add} throws a FledgeException (INVALID_DATA_FILE) instead of collecting.
 * Messages never quote archive content.
 */
public final class Warnings {

    public void add(FileLocation location, String message) {
        throw new UnsupportedOperationException("contract skeleton");
    }
}
