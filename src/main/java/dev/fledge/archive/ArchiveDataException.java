package dev.fledge.archive;

import dev.fledge.problem.FledgeException;

import java.io.IOException;

/**
 * Raised while reading an entry whose bytes contradict the ZIP directory (size, CRC-32, local header). It is an
 * {@link IOException} so that it travels through stream consumers such as JSON parsers; its cause, also given by
 * {@link #problem()}, is the {@link FledgeException} to report ({@code ENTRY_SIZE_MISMATCH} or {@code BROKEN_ZIP}).
 */
public final class ArchiveDataException extends IOException {
    public ArchiveDataException(FledgeException problem) {
        super(problem.detail(), problem);
    }

    public FledgeException problem() {
        return (FledgeException) getCause();
    }
}
