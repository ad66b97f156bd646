package dev.fledge.api;

import dev.fledge.progress.ProgressListener;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The state of one job, in memory only: status, progress, the inspect summary once read, the error or the result,
 * and the subscribers of its events. Status changes are synchronized; a terminal status ({@code succeeded},
 * {@code failed}, {@code cancelled}) only ever changes to {@code expired} (or, on DELETE of a succeeded job, to
 * {@code cancelled}). Progress events are sent at most every 250 ms (and at each phase change and end).
 */
final class Job {
    static final long PROGRESS_EVERY_NANOS = 250_000_000L;

    enum Status {
        QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED, EXPIRED;

        String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean finished() {
            return this != QUEUED && this != RUNNING;
        }
    }

    /** One event for subscribers: its SSE name and the job as it was. */
    record Event(String name, JobView job, boolean last) {
    }

    final String id;
    final String target;
    final Instant createdAt;
    final Path dir;
    private final List<Consumer<Event>> subscribers = new CopyOnWriteArrayList<>();

    private Status status = Status.QUEUED;
    private ProgressListener.Phase phase;
    private long done;
    private long total;
    private long lastProgressNanos;
    private InspectReport summary;
    private Problem error;
    private JobView.Result result;
    private Instant expiresAt;
    private volatile boolean cancelRequested;
    private volatile Thread worker;
    private DiskBudget.Charge resultCharge;

    Job(String id, String target, Instant createdAt, Path dir) {
        this.id = id;
        this.target = target;
        this.createdAt = createdAt;
        this.dir = dir;
    }

    synchronized Status status() {
        return status;
    }

    synchronized JobView view() {
        String self = "/api/v1/jobs/" + id;
        return new JobView(id, target, status.json(),
                phase == null ? null : JobView.Progress.of(phase.name().toLowerCase(Locale.ROOT), done, total),
                summary, summary == null ? null : summary.warnings(), error, result,
                new JobView.Links(self, self + "/events", status == Status.SUCCEEDED ? self + "/result" : null),
                createdAt, expiresAt);
    }

    synchronized JobView.Result result() {
        return result;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    void worker(Thread thread) {
        this.worker = thread;
    }

    synchronized void resultCharge(DiskBudget.Charge charge) {
        this.resultCharge = charge;
    }

    /** Gives the result's bytes back to the disk budget (its file is being deleted). */
    synchronized void releaseResult() {
        if (resultCharge != null) {
            resultCharge.close();
            resultCharge = null;
        }
    }

    /** Adds a subscriber; it gets every event from now on. */
    void subscribe(Consumer<Event> subscriber) {
        subscribers.add(subscriber);
    }

    void unsubscribe(Consumer<Event> subscriber) {
        subscribers.remove(subscriber);
    }

    /** The events a new subscriber gets first: the current state. */
    synchronized List<Event> currentState() {
        JobView view = view();
        if (status.finished()) {
            return List.of(new Event(status.json(), view, true));
        }
        if (summary != null) {
            return List.of(new Event("progress", view, false), new Event("summary", view, false));
        }
        return List.of(new Event("progress", view, false));
    }

    private void publish(Event event) {
        for (Consumer<Event> subscriber : subscribers) {
            subscriber.accept(event);
        }
    }

    void running() {
        Event event;
        synchronized (this) {
            if (status != Status.QUEUED) {
                return;
            }
            status = Status.RUNNING;
            phase = ProgressListener.Phase.READING;
            lastProgressNanos = System.nanoTime();
            event = new Event("progress", view(), false);
        }
        publish(event);
    }

    /** Records progress; sends a {@code progress} event when due. Throws when the job was cancelled. */
    void progress(ProgressListener.Phase now, long doneNow, long totalNow) {
        if (cancelRequested) {
            throw new JobCancelledException();
        }
        Event event = null;
        synchronized (this) {
            if (status != Status.RUNNING) {
                return;
            }
            boolean due = now != phase || doneNow == totalNow
                    || System.nanoTime() - lastProgressNanos >= PROGRESS_EVERY_NANOS;
            phase = now;
            done = doneNow;
            total = totalNow;
            if (due) {
                lastProgressNanos = System.nanoTime();
                event = new Event("progress", view(), false);
            }
        }
        if (event != null) {
            publish(event);
        }
    }

    void summary(InspectReport report) {
        Event event;
        synchronized (this) {
            summary = report;
            event = new Event("summary", view(), false);
        }
        publish(event);
    }

    /** Ends the job as succeeded, unless it was cancelled meanwhile; answers whether it did. */
    boolean succeeded(JobView.Result stored, Instant expires) {
        return finish(Status.SUCCEEDED, null, stored, expires);
    }

    boolean failed(Problem problem, Instant expires) {
        return finish(Status.FAILED, problem, null, expires);
    }

    private boolean finish(Status end, Problem problem, JobView.Result stored, Instant expires) {
        Event event;
        synchronized (this) {
            if (status.finished()) {
                return false;
            }
            status = end;
            error = problem;
            result = stored;
            expiresAt = expires;
            event = new Event(end.json(), view(), true);
        }
        publish(event);
        subscribers.clear();
        return true;
    }

    /**
     * Cancels: a queued or running job stops (its worker sees the flag at its next progress report, or is
     * interrupted while it waits for a slot); a succeeded job loses its result. Answers whether the status changed.
     */
    boolean cancel(Instant expires) {
        Event event;
        synchronized (this) {
            if (status == Status.FAILED || status == Status.CANCELLED || status == Status.EXPIRED) {
                return false;
            }
            boolean queued = status == Status.QUEUED;
            cancelRequested = true;
            status = Status.CANCELLED;
            result = null;
            summary = null; // its files are deleted now, and with them what the record said about the archive
            expiresAt = expires;
            event = new Event("cancelled", view(), true);
            Thread thread = worker;
            if (queued && thread != null) {
                thread.interrupt();
            }
        }
        publish(event);
        subscribers.clear();
        return true;
    }

    /**
     * The result's time is over: the record keeps no archive content from now on (the summary, with the account and
     * the warnings, is dropped), and a succeeded job answers {@code expired} (failed and cancelled ones keep their
     * status and error).
     */
    void expire() {
        Event event;
        synchronized (this) {
            summary = null;
            if (status != Status.SUCCEEDED) {
                return;
            }
            status = Status.EXPIRED;
            result = null;
            event = new Event("expired", view(), true);
        }
        publish(event);
        subscribers.clear();
    }

    synchronized Instant expiresAt() {
        return expiresAt;
    }
}
