package dev.fledge.api;

import dev.fledge.archive.ArchiveLimits;
import dev.fledge.archive.SafeZipArchive;
import dev.fledge.problem.FledgeException;
import dev.fledge.progress.ProgressListener;
import dev.fledge.xarchive.OptionalData;
import dev.fledge.xarchive.ReadOptions;
import dev.fledge.xarchive.XArchive;
import dev.fledge.xarchive.XArchiveReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.logging.Logger;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.List;

/**
 * The path every archive-reading route takes, so that uploads, limits, the reading pass, metrics and cleanup work
 * the same everywhere: take the upload (multipart part {@code archive} or raw body), open it safely, read every data
 * file once (strict errors and limit violations surface here, before any byte of the answer), then either answer
 * at once ({@link #read}) or stream the answer and clean up when it is complete ({@link #stream}).
 */
@ApplicationScoped
public class ArchiveRequests {
    private static final Logger LOG = Logger.getLogger(ArchiveRequests.class);

    private final FledgeConfig config;
    private final WorkDir workDir;
    private final FledgeMetrics metrics;
    private final ConversionGate gate;
    private final DiskBudget budget;

    public ArchiveRequests(FledgeConfig config, WorkDir workDir, FledgeMetrics metrics, ConversionGate gate,
                           DiskBudget budget) {
        this.config = config;
        this.workDir = workDir;
        this.metrics = metrics;
        this.gate = gate;
        this.budget = budget;
    }

    /**
     * Admits one synchronous request to the {@link ConversionGate} and waits for its slot: a 503 at once when the
     * queue is full. Call it before taking the upload; close the ticket when the answer is complete.
     */
    public ConversionGate.Ticket admit() {
        ConversionGate.Ticket ticket = gate.enter();
        try {
            ticket.awaitTurn();
            return ticket;
        } catch (InterruptedException e) {
            ticket.close();
            Thread.currentThread().interrupt();
            throw new FledgeException(dev.fledge.problem.ProblemType.SERVICE_BUSY,
                    "The server is shutting down. Try again later.");
        }
    }

    public ConversionGate gate() {
        return gate;
    }

    public ArchiveLimits limits() {
        FledgeConfig.Limits l = config.limits();
        return new ArchiveLimits(l.maxUploadSize().asLongValue(), l.maxEntries(), l.maxEntrySize().asLongValue(),
                l.maxTotalUncompressedSize().asLongValue(), l.maxCompressionRatio(), l.ratioCheckMinSize().asLongValue());
    }

    public UploadedArchive fromBody(InputStream body) {
        return UploadedArchive.fromBody(body, workDir.root(), limits().maxUploadBytes(), budget.charge("The upload"));
    }

    public UploadedArchive fromMultipart(org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput form) {
        return UploadedArchive.fromMultipart(form, workDir.root(), limits().maxUploadBytes(), budget.charge("The upload"));
    }

    /** Options of this request (query parameters and multipart text fields) for a route that knows {@code allowed}. */
    public RequestOptions options(Map<String, List<String>> query, UploadedArchive upload, Set<String> allowed) {
        return RequestOptions.of(query, upload.fields(), allowed);
    }

    /**
     * The input convention of every {@code /api/v1/convert/*} target: text options from the query or multipart
     * fields ({@link RequestOptions}); file options (such as {@code accountMap}) only as multipart file parts: named
     * in the query, or sent with a raw body, they are a 400; an unknown file part is a 400 too.
     *
     * @param fileOptions names of the file parts this route accepts besides {@code archive}
     */
    public RequestOptions convertOptions(Map<String, List<String>> query, UploadedArchive upload,
                                         Set<String> allowed, Set<String> fileOptions) {
        for (String name : fileOptions) {
            if (query.containsKey(name) || upload.fields().containsKey(name)) {
                throw new dev.fledge.problem.InvalidOptionException(name, "Option '" + name
                        + "' is a file: send it as a multipart file part (curl: -F " + name + "=@file.csv) next to the "
                        + "'archive' part.");
            }
        }
        for (String name : upload.fileFields().keySet()) {
            if (!fileOptions.contains(name)) {
                throw new dev.fledge.problem.InvalidOptionException(name, "Unexpected file part '" + name + "'."
                        + (fileOptions.isEmpty() ? " This operation takes no file besides 'archive'."
                        : " This operation takes: archive, " + String.join(", ", new java.util.TreeSet<>(fileOptions)) + "."));
            }
        }
        return RequestOptions.of(query, upload.fields(), allowed);
    }

    /**
     * Opens and reads the archive. With {@code spool} false only counts are kept (inspect): nothing is written
     * besides the upload. On any failure everything is cleaned up and the problem is rethrown.
     */
    public OpenedArchive open(UploadedArchive upload, boolean strict, boolean spool, Set<OptionalData> include) {
        return open(upload, strict, spool, include, ProgressListener.NONE);
    }

    /** {@link #open(UploadedArchive, boolean, boolean, Set)}, telling {@code progress} about the reading pass. */
    public OpenedArchive open(UploadedArchive upload, boolean strict, boolean spool, Set<OptionalData> include,
                              ProgressListener progress) {
        long started = System.nanoTime();
        SafeZipArchive zip = null;
        Path spoolDir = null;
        try {
            zip = upload.open(limits());
            spoolDir = spool ? workDir.newSpoolDir() : null;
            XArchive document = new XArchiveReader().read(zip, new ReadOptions(strict, spoolDir, include, progress));
            return new OpenedArchive(upload, zip, document, spoolDir, started);
        } catch (RuntimeException | Error e) {
            closeQuietly(zip);
            upload.close();
            WorkDir.deleteTree(spoolDir);
            throw e;
        }
    }

    /** Records a finished, non-streamed answer (inspect) and cleans up. */
    public void finished(OpenedArchive opened, String operation) {
        try {
            metrics.processed(operation, opened.upload().size(), Duration.ofNanos(System.nanoTime() - opened.startedNanos()));
        } finally {
            opened.close();
        }
    }

    /** Writes the answer body of a streamed route. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws Exception;
    }

    /**
     * A 200 answer whose body {@code body} writes while the archive is read again (posts from the spool, media from
     * the ZIP). Everything is cleaned up when the body is complete, fails, or the client goes away. A failure after
     * the first byte cannot become a problem answer any more: the connection is cut (the body writer ends the
     * format in a way a client can detect, e.g. an NDJSON {@code error} record or a ZIP without its directory),
     * logged and counted.
     */
    public Response stream(OpenedArchive opened, String operation, String mediaType, Map<String, String> headers, Body body) {
        return stream(opened, operation, mediaType, headers, body, opened::close);
    }

    /**
     * {@link #stream(OpenedArchive, String, String, Map, Body)}, running {@code cleanup} (which must close
     * {@code opened}; it may run twice) when the body is complete, fails, or the client goes away.
     */
    public Response stream(OpenedArchive opened, String operation, String mediaType, Map<String, String> headers, Body body,
                           Runnable cleanup) {
        StreamingOutput output = out -> {
            try {
                body.writeTo(out);
                out.flush();
                metrics.processed(operation, opened.upload().size(), Duration.ofNanos(System.nanoTime() - opened.startedNanos()));
            } catch (FledgeException e) {
                metrics.failure(e.type());
                LOG.warnf("%s answer aborted after it started: %s", operation, e.type().slug());
                throw new java.io.IOException("answer aborted: " + e.type().slug(), e);
            } catch (java.io.IOException e) {
                metrics.failure(dev.fledge.problem.ProblemType.INTERNAL);
                LOG.warnf("%s answer aborted after it started (%s)", operation, e.getClass().getSimpleName());
                throw e;
            } catch (Exception e) {
                metrics.failure(dev.fledge.problem.ProblemType.INTERNAL);
                LOG.errorf(e, "%s answer failed after it started", operation);
                throw new java.io.IOException("answer aborted", e);
            } finally {
                cleanup.run();
            }
        };
        Response.ResponseBuilder builder = Response.ok(output, mediaType);
        headers.forEach(builder::header);
        return builder.build();
    }

    private static void closeQuietly(SafeZipArchive zip) {
        if (zip != null) {
            try {
                zip.close();
            } catch (java.io.IOException ignored) {
                // nothing else to do
            }
        }
    }
}
