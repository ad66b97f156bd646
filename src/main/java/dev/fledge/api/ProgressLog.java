package dev.fledge.api;

import dev.fledge.progress.ProgressListener;
import org.jboss.logging.Logger;

/**
 * Logs the progress of a synchronous conversion at INFO: the start and end of each phase, then a line per further
 * 10 % (at most one a second) or every 10 seconds. Only numbers: the operation, the phase, done and total; never archive content.
 */
final class ProgressLog implements ProgressListener {
    private static final Logger LOG = Logger.getLogger(ProgressLog.class);
    private static final long EVERY_NANOS = 10_000_000_000L;

    private final String operation;
    private final String request;
    private Phase phase;
    private long lastNanos;
    private long lastTenth = -1;

    /**
     * @param operation the target or {@code inspect}
     * @param request   a short random id that ties the lines of one request together
     */
    ProgressLog(String operation, String request) {
        this.operation = operation;
        this.request = request;
    }

    @Override
    public synchronized void progress(Phase now, long done, long total) {
        long tenth = total <= 0 ? 10 : done * 10 / total;
        long nanos = System.nanoTime();
        boolean log = now != phase                                            // a phase starts
                || done == total && lastTenth < 10                            // a phase ends
                || tenth > lastTenth && nanos - lastNanos >= 1_000_000_000L   // another 10 %, not more than 1/s
                || nanos - lastNanos >= EVERY_NANOS;                          // still working
        if (log) {
            LOG.infof("%s %s: %s %d%% (%d of %d %s)", operation, request, now.name().toLowerCase(java.util.Locale.ROOT),
                    total <= 0 ? 100 : done * 100 / total, done, total, now == Phase.READING ? "bytes" : "units");
            lastNanos = nanos;
            lastTenth = tenth;
            phase = now;
        }
    }
}
