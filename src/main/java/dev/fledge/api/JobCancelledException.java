package dev.fledge.api;

/** Thrown from a job's progress report when the job was cancelled, to stop its conversion cooperatively. */
final class JobCancelledException extends RuntimeException {
    JobCancelledException() {
        super("job cancelled", null, false, false);
    }
}
