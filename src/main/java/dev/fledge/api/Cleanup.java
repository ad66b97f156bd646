package dev.fledge.api;

import org.jboss.logging.Logger;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What one conversion must release when it ends, however it ends: registered in the order things are acquired,
 * released in reverse. {@link #run()} is idempotent and thread-safe (the streamed body and the end-of-response hook
 * may both call it) and never throws.
 */
final class Cleanup implements Runnable {
    private static final Logger LOG = Logger.getLogger(Cleanup.class);

    private final Deque<AutoCloseable> steps = new ArrayDeque<>();
    private boolean done;

    /** Adds a step (null is ignored); when cleanup already ran, releases it at once. */
    void add(AutoCloseable step) {
        if (step == null) {
            return;
        }
        boolean now;
        synchronized (this) {
            now = done;
            if (!now) {
                steps.push(step);
            }
        }
        if (now) {
            close(step);
        }
    }

    @Override
    public void run() {
        while (true) {
            AutoCloseable step;
            synchronized (this) {
                done = true;
                step = steps.poll();
            }
            if (step == null) {
                return;
            }
            close(step);
        }
    }

    private static void close(AutoCloseable step) {
        try {
            step.close();
        } catch (Exception | Error e) {
            LOG.warnf("Cleanup step failed (%s)", e.getClass().getSimpleName());
        }
    }
}
