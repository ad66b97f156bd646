package dev.fledge.api;

import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;
import dev.fledge.progress.ProgressDocument;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs and keeps jobs. A job's upload is moved into {@code <work-dir>/jobs/<id>/} when it is accepted; a worker
 * thread waits for a {@link ConversionGate} slot (the ticket was taken before the upload was stored), reads the
 * archive (the summary is published as soon as it is read), writes the result to {@code jobs/<id>/result} (counted
 * against the {@link DiskBudget}) and deletes the upload. {@code fledge.jobs.result-ttl} after a job ends its folder
 * is deleted and it answers {@code expired}; {@code fledge.jobs.record-ttl} later it is forgotten. Everything lives
 * in memory: nothing survives a restart (the startup sweep of {@link WorkDir} deletes the folders).
 */
@ApplicationScoped
public class JobService {
    private static final Logger LOG = Logger.getLogger(JobService.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ArchiveRequests requests;
    private final WorkDir workDir;
    private final DiskBudget budget;
    private final FledgeMetrics metrics;
    private final FledgeConfig.Jobs config;
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;

    public JobService(ArchiveRequests requests, WorkDir workDir, DiskBudget budget, FledgeMetrics metrics,
                      FledgeConfig config) {
        this.requests = requests;
        this.workDir = workDir;
        this.budget = budget;
        this.metrics = metrics;
        this.config = config.jobs();
        this.workers = Executors.newCachedThreadPool(named("fledge-job-"));
        this.timers = Executors.newSingleThreadScheduledExecutor(named("fledge-job-timer-"));
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
        timers.shutdownNow();
    }

    /** 128 random bits as 32 lowercase hex digits. */
    static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public Optional<Job> find(String id) {
        return Optional.ofNullable(id == null ? null : jobs.get(id));
    }

    /** Jobs known now (running, finished or expired but not yet forgotten). */
    int size() {
        return jobs.size();
    }

    /**
     * Accepts a job: moves the upload into the job's folder and starts its worker. On failure everything given is
     * released.
     */
    Job submit(ConvertTarget target, ConvertTarget.Conversion conversion, UploadedArchive upload,
               ConversionGate.Ticket ticket) {
        String id = newId();
        Path dir = workDir.jobsDir().resolve(id);
        UploadedArchive stored;
        try {
            stored = upload.moveTo(dir);
        } catch (RuntimeException e) {
            ticket.close();
            WorkDir.deleteTree(dir);
            throw e;
        }
        Job job = new Job(id, target.name(), Instant.now(), dir);
        jobs.put(id, job);
        try {
            workers.execute(() -> run(job, target, conversion, stored, ticket));
        } catch (RuntimeException e) {
            jobs.remove(id);
            stored.close();
            ticket.close();
            WorkDir.deleteTree(dir);
            throw e;
        }
        return job;
    }

    private void run(Job job, ConvertTarget target, ConvertTarget.Conversion conversion, UploadedArchive upload,
                     ConversionGate.Ticket ticket) {
        job.worker(Thread.currentThread());
        Cleanup cleanup = new Cleanup();
        cleanup.add(ticket);
        cleanup.add(upload);
        long started = System.nanoTime();
        boolean succeeded = false;
        try {
            ticket.awaitTurn();
            if (job.cancelRequested()) {
                return;
            }
            Thread.interrupted(); // only a wait in the queue is interrupted; progress checks stop a running job
            job.worker(null);
            job.running();
            OpenedArchive opened = requests.open(upload, conversion.strict(), conversion.spool(), conversion.include(),
                    job::progress);
            cleanup.add(opened);
            job.summary(InspectReport.of(opened.document()));
            Path temp = workDir.newSpoolDir();
            cleanup.add(() -> WorkDir.deleteTree(temp));
            ProgressDocument document = new ProgressDocument(opened.document(), conversion.units(), job::progress);
            ConvertTarget.Output output = conversion.preparer().prepare(document, temp);
            cleanup.add(output.release());
            Path resultFile = job.dir.resolve("result");
            DiskBudget.Charge charge = budget.charge("The job's result");
            job.resultCharge(charge);
            try (OutputStream out = charge.counting(new BufferedOutputStream(Files.newOutputStream(resultFile), 1 << 16))) {
                document.start();
                output.body().writeTo(out);
                document.finish();
            }
            long archiveBytes = upload.size();
            cleanup.run(); // the upload, the spool and the slot are not needed any more
            metrics.processed(target.name(), archiveBytes, Duration.ofNanos(System.nanoTime() - started));
            String fileName = output.fileName() != null ? output.fileName() : defaultFileName(target, output.mediaType());
            succeeded = job.succeeded(new JobView.Result(fileName, output.mediaType(), Files.size(resultFile)),
                    Instant.now().plus(config.resultTtl()));
        } catch (JobCancelledException | InterruptedException e) {
            LOG.infof("Job %s cancelled", job.id);
        } catch (FledgeException e) {
            if (!job.cancelRequested()) {
                metrics.failure(e.type());
                Problem problem = Problem.of(e.type(), e.detail(), e.location());
                if (e instanceof dev.fledge.problem.InvalidOptionException invalid) {
                    problem = problem.withOption(invalid.option());
                }
                job.failed(problem, Instant.now().plus(config.resultTtl()));
                LOG.infof("Job %s failed: %s", job.id, e.type().slug());
            }
        } catch (Exception | Error e) {
            if (!job.cancelRequested()) {
                String incident = UUID.randomUUID().toString();
                LOG.errorf(e, "Job %s failed, incident %s", job.id, incident);
                metrics.failure(ProblemType.INTERNAL);
                job.failed(Problem.of(ProblemType.INTERNAL, "Fledge failed on its side. Nothing was kept. Incident "
                        + incident + " is in the server log."), Instant.now().plus(config.resultTtl()));
            }
        } finally {
            job.worker(null);
            cleanup.run();
            if (!succeeded) {
                deleteFiles(job);
            }
            schedule(job);
        }
    }

    /** {@code <target>.<extension>} for targets whose answer has no download name (single JSON documents). */
    static String defaultFileName(ConvertTarget target, String mediaType) {
        String type = mediaType.toLowerCase(java.util.Locale.ROOT);
        String extension = type.startsWith("application/x-ndjson") ? "ndjson"
                : type.startsWith("text/csv") ? "csv"
                : type.startsWith("application/zip") ? "zip" : "json";
        return target.name() + "." + extension;
    }

    /** After {@code result-ttl}: delete the files, answer expired; after {@code record-ttl} more: forget. */
    private void schedule(Job job) {
        Instant expires = job.expiresAt() != null ? job.expiresAt() : Instant.now();
        long toExpiry = Math.max(0, Duration.between(Instant.now(), expires).toMillis());
        try {
            timers.schedule(() -> {
                deleteFiles(job);
                job.expire();
                timers.schedule(() -> jobs.remove(job.id, job), config.recordTtl().toMillis(), TimeUnit.MILLISECONDS);
            }, toExpiry, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException shuttingDown) {
            deleteFiles(job);
        }
    }

    /** DELETE: cancels the job and deletes its files (a running job's worker deletes what it still writes). */
    void cancel(Job job) {
        Job.Status before = job.status();
        if (job.cancel(Instant.now().plus(config.resultTtl()))) {
            LOG.infof("Job %s cancelled by its client", job.id);
            if (before == Job.Status.SUCCEEDED) {
                deleteFiles(job);
            }
        }
    }

    private static void deleteFiles(Job job) {
        WorkDir.deleteTree(job.dir);
        job.releaseResult();
    }

    /** The stored result file of a succeeded job. */
    Path resultFile(Job job) {
        return job.dir.resolve("result");
    }
}
