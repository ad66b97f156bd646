package dev.fledge.progress;

/**
 * Receives the progress of one conversion: {@link Phase#READING} counts uncompressed bytes of the archive's data
 * files read so far out of the bytes to read; {@link Phase#WRITING} counts output units (posts, related accounts,
 * media files) written so far out of those to write. Calls come from the converting thread, often (every read of a
 * data file), so implementations must be cheap and throttle what they do with the numbers. {@code done} never
 * exceeds {@code total}; each phase ends with a call where {@code done == total}.
 *
 * <p>An implementation may throw an unchecked exception to stop the conversion; the reader and the writers
 * propagate it and release what they hold.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Reports nothing. */
    ProgressListener NONE = (phase, done, total) -> { };

    /** The two phases of a conversion. */
    enum Phase {
        /** The one reading pass over the archive's data files. */
        READING,
        /** Writing the output: posts, related accounts and media files handed to the writer. */
        WRITING
    }

    void progress(Phase phase, long done, long total);
}
