package dev.fledge.api;

import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Backpressure for everything that reads an archive (jobs, synchronous converts, inspect): at most
 * {@code fledge.jobs.max-concurrent} run at once, at most {@code fledge.jobs.queue-size} more wait for a slot, and
 * past that a request is refused at once with a 503 {@code service-busy} problem (and {@code Retry-After}).
 * A {@link Ticket} is taken before the upload is stored, so a busy server does not store uploads it cannot serve.
 */
@ApplicationScoped
public class ConversionGate {
    private final int maxConcurrent;
    private final int queueSize;
    private final Semaphore slots;
    private final AtomicInteger admitted = new AtomicInteger();

    public ConversionGate(FledgeConfig config) {
        this.maxConcurrent = config.jobs().maxConcurrent().orElse(Runtime.getRuntime().availableProcessors());
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("fledge.jobs.max-concurrent must be at least 1");
        }
        this.queueSize = config.jobs().queueSize();
        this.slots = new Semaphore(maxConcurrent, true);
    }

    public int maxConcurrent() {
        return maxConcurrent;
    }

    /** Conversions admitted (running or waiting). */
    public int admitted() {
        return admitted.get();
    }

    /** Admits one conversion, or throws SERVICE_BUSY when running + waiting would exceed the limits. */
    public Ticket enter() {
        while (true) {
            int now = admitted.get();
            if (now >= maxConcurrent + queueSize) {
                throw new FledgeException(ProblemType.SERVICE_BUSY, "The server is running " + maxConcurrent
                        + " conversions and " + queueSize + " more are waiting. Try again later (see Retry-After).");
            }
            if (admitted.compareAndSet(now, now + 1)) {
                return new Ticket();
            }
        }
    }

    /** One admitted conversion. {@link #close()} (idempotent) gives its place back. */
    public final class Ticket implements AutoCloseable {
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile boolean running;

        private Ticket() {
        }

        /** Waits for a free slot; interruptible (a cancelled job waiting in the queue). */
        public void awaitTurn() throws InterruptedException {
            slots.acquire();
            synchronized (this) {
                if (closed.get()) {
                    slots.release();
                    return;
                }
                running = true;
            }
        }

        @Override
        public void close() {
            synchronized (this) {
                if (!closed.compareAndSet(false, true)) {
                    return;
                }
                if (running) {
                    running = false;
                    slots.release();
                }
            }
            admitted.decrementAndGet();
        }
    }
}
