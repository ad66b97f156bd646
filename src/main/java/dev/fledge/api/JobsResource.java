package dev.fledge.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Encoding;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code /api/v1/jobs}: conversions that run in the background, for big archives and browsers (JOBS-CONTRACT.md).
 * A job takes the same inputs as {@code POST /api/v1/convert/{target}} plus {@code target}; it reports progress and
 * the inspect summary, and keeps its result for {@code fledge.jobs.result-ttl}.
 */
@Path("/api/v1/jobs")
@Tag(name = "Jobs")
public class JobsResource {
    private static final Logger LOG = Logger.getLogger(JobsResource.class);
    static final String TARGET = "target";

    private final ArchiveRequests requests;
    private final ConvertTargets targets;
    private final JobService jobs;
    private final ObjectMapper json;

    public JobsResource(ArchiveRequests requests, ConvertTargets targets, JobService jobs, ObjectMapper json) {
        this.requests = requests;
        this.targets = targets;
        this.jobs = jobs;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createJob", summary = "Start a conversion in the background",
            description = "Takes the same inputs as `POST /api/v1/convert/{target}` plus `target` (a query parameter or "
                    + "a form field): the archive as multipart part `archive` (file options such as `accountMap` as "
                    + "further file parts) or as a raw `application/zip` body, options as query parameters or form "
                    + "fields. Options are checked before the job is created (400). Answers 202 with the job once the "
                    + "upload is stored; follow it with `GET /api/v1/jobs/{id}` or its event stream, then download "
                    + "`links.result`. Jobs live in memory only: a restart forgets them and deletes their files.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
                    schema = @Schema(type = SchemaType.OBJECT, requiredProperties = {"archive", "target"}, properties = {
                            @SchemaProperty(name = "archive", type = SchemaType.STRING, format = "binary",
                                    description = "The ZIP downloaded from X"),
                            @SchemaProperty(name = "target", type = SchemaType.STRING,
                                    enumeration = {"normalized", "mastodon-csv", "mastodon-archive", "activitystreams"},
                                    description = "Same as the query parameter"),
                            @SchemaProperty(name = "accountMap", type = SchemaType.STRING, format = "binary",
                                    description = "mastodon-csv only: the account map (see convertMastodonCsv)")},
                            additionalProperties = Schema.True.class,
                            description = "Further text fields: the options of the target"),
                    encoding = {@Encoding(name = "archive", contentType = "application/zip"),
                            @Encoding(name = "accountMap", contentType = "text/csv")}),
            @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @Parameter(name = TARGET, in = ParameterIn.QUERY, description = "The conversion target; or a form field",
            schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"normalized", "mastodon-csv", "mastodon-archive", "activitystreams"}))
    @APIResponse(responseCode = "202", description = "The job, created once the upload was stored",
            headers = @Header(name = "Location", description = "`/api/v1/jobs/{id}`", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class),
                    examples = @ExampleObject(name = "queued", value = JobExamples.QUEUED)))
    @APIResponse(responseCode = "400", description = "No `archive` part, no or an unknown `target`, or an invalid option "
            + "of the target (named in `option`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown-target", value = JobExamples.BAD_TARGET)))
    @APIResponse(responseCode = "413", description = "The upload is larger than `fledge.limits.max-upload-size`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not multipart/form-data or application/zip",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "`fledge.jobs.max-concurrent` conversions run and "
            + "`fledge.jobs.queue-size` wait: try again after `Retry-After` seconds",
            headers = @Header(name = "Retry-After", description = "Seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "507", description = "The upload does not fit in the temporary-disk budget",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createMultipart(MultipartFormDataInput form, @Context UriInfo uri) {
        return create(() -> requests.fromMultipart(form), uri);
    }

    @POST
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response createRaw(InputStream body, @Context UriInfo uri) {
        return create(() -> requests.fromBody(body), uri);
    }

    private Response create(Supplier<UploadedArchive> uploaded, UriInfo uri) {
        MultivaluedMap<String, String> query = new MultivaluedHashMap<>(uri.getQueryParameters());
        List<String> queryTarget = query.remove(TARGET);
        if (queryTarget != null && queryTarget.size() == 1) {
            targets.byName(queryTarget.get(0)); // an unknown target is a 400 before the upload is stored
        }
        ConversionGate.Ticket ticket = requests.gate().enter();
        UploadedArchive upload = null;
        try {
            upload = uploaded.get();
            ConvertTarget target = targets.byName(targetName(queryTarget, upload.fields().get(TARGET)));
            upload = upload.withoutField(TARGET);
            RequestOptions options = requests.convertOptions(query, upload, target.options(), target.fileOptions());
            ConvertTarget.Conversion conversion = target.plan(options, upload, List.of(MediaType.APPLICATION_JSON_TYPE));
            Job job = jobs.submit(target, conversion, upload, ticket);
            return Response.status(Response.Status.ACCEPTED).header("Location", "/api/v1/jobs/" + job.id)
                    .type(MediaType.APPLICATION_JSON).entity(job.view()).build();
        } catch (RuntimeException e) {
            ticket.close();
            if (upload != null) {
                upload.close();
            }
            throw e;
        }
    }

    private static String targetName(List<String> fromQuery, List<String> fromFields) {
        Set<String> given = new java.util.TreeSet<>();
        if (fromQuery != null) {
            fromQuery.forEach(value -> given.add(value.strip()));
        }
        if (fromFields != null) {
            fromFields.forEach(value -> given.add(value.strip()));
        }
        if (given.size() > 1) {
            throw new dev.fledge.problem.InvalidOptionException(TARGET, "Option 'target' is given more than once with "
                    + "different values.");
        }
        return given.isEmpty() ? null : given.iterator().next();
    }

    private Job job(String id) {
        return jobs.find(id).orElseThrow(() -> new FledgeException(ProblemType.NOT_FOUND,
                "There is no job with this id: it never existed, or it ended more than fledge.jobs.record-ttl ago."));
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getJob", summary = "A job's status, progress, summary and result",
            description = "The job as it is now. `summary` (the inspect answer) appears as soon as the archive has "
                    + "been read.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobView.class),
                    examples = {@ExampleObject(name = "running", value = JobExamples.RUNNING),
                            @ExampleObject(name = "succeeded", value = JobExamples.SUCCEEDED)}))
    @APIResponse(responseCode = "404", description = "No such job (or forgotten, past `fledge.jobs.record-ttl`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public JobView get(@Parameter(description = "The job id (32 hex digits)") @PathParam("id") String id) {
        return job(id).view();
    }

    @GET
    @Path("{id}/result")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "getJobResult", summary = "Download a job's result",
            description = "The result of a succeeded job, with the `Content-Type` and `Content-Disposition` the "
                    + "synchronous route would answer. It can be downloaded again until `expiresAt`.")
    @APIResponse(responseCode = "200", description = "The result, streamed",
            headers = @Header(name = "Content-Disposition", description = "`attachment; filename=\"...\"`",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The job is queued or running, or it failed (its `error` says why)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "running", value = JobExamples.NOT_FINISHED)))
    @APIResponse(responseCode = "410", description = "The job was cancelled or its result expired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response result(@Parameter(description = "The job id (32 hex digits)") @PathParam("id") String id) {
        Job job = job(id);
        Job.Status status = job.status();
        JobView.Result result = job.result();
        switch (status) {
            case QUEUED, RUNNING -> throw new FledgeException(ProblemType.JOB_NOT_FINISHED,
                    "The job is " + status.json() + "; its result can be downloaded once it has succeeded.");
            case FAILED -> throw new FledgeException(ProblemType.JOB_NOT_FINISHED,
                    "The job failed, so it has no result; GET /api/v1/jobs/" + id + " holds its error.");
            case CANCELLED, EXPIRED -> throw gone(status);
            default -> { }
        }
        InputStream in;
        try {
            in = Files.newInputStream(jobs.resultFile(job));
        } catch (NoSuchFileException e) {
            throw gone(Job.Status.EXPIRED);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not open the job's result", e);
        }
        StreamingOutput body = out -> {
            try (InputStream from = in) {
                from.transferTo(out);
            }
        };
        return Response.ok(body, result.mediaType()).header("Content-Length", result.size())
                .header("Content-Disposition", "attachment; filename=\"" + result.fileName() + "\"").build();
    }

    private static FledgeException gone(Job.Status status) {
        return new FledgeException(ProblemType.JOB_GONE, status == Job.Status.CANCELLED
                ? "The job was cancelled; its files are deleted."
                : "The job's result expired (fledge.jobs.result-ttl) and was deleted.");
    }

    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "jobEvents", summary = "Follow a job as server-sent events",
            description = "A `text/event-stream`. Event names: `progress` (at most about 4 a second), `summary` (once "
                    + "the archive has been read), then one of `succeeded`, `failed`, `cancelled`, `expired`, after "
                    + "which the stream ends. Each event's `data` is the job (one line of JSON, as `GET "
                    + "/api/v1/jobs/{id}` answers). On connect the current state comes first. Browsers that must send "
                    + "an API key read the stream with `fetch()` (EventSource cannot send headers).")
    @APIResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "events", value = JobExamples.EVENTS)))
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void events(@Parameter(description = "The job id (32 hex digits)") @PathParam("id") String id,
                       @Context SseEventSink sink, @Context Sse sse) {
        Job job = job(id);
        Object lock = new Object();
        Consumer<Job.Event>[] self = new Consumer[1];
        Consumer<Job.Event> subscriber = event -> {
            synchronized (lock) {
                if (sink.isClosed()) {
                    job.unsubscribe(self[0]);
                    return;
                }
                OutboundSseEvent sseEvent;
                try {
                    sseEvent = sse.newEventBuilder().name(event.name()).mediaType(MediaType.TEXT_PLAIN_TYPE)
                            .data(String.class, json.writeValueAsString(event.job())).build();
                } catch (JsonProcessingException e) {
                    LOG.warnf("Could not write a job event (%s)", e.getClass().getSimpleName());
                    return;
                }
                sink.send(sseEvent).whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        job.unsubscribe(self[0]);
                        sink.close();
                    }
                });
                if (event.last()) {
                    job.unsubscribe(self[0]);
                    sink.close();
                }
            }
        };
        self[0] = subscriber;
        job.subscribe(subscriber);
        for (Job.Event event : job.currentState()) {
            subscriber.accept(event);
        }
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "cancelJob", summary = "Cancel a job and delete its files",
            description = "A queued or running job stops (status `cancelled`) and its files are deleted; a succeeded "
                    + "job's result is deleted (status `cancelled`). A failed, cancelled or expired job stays as it is.")
    @APIResponse(responseCode = "204", description = "Cancelled (or nothing left to cancel)")
    @APIResponse(responseCode = "404", description = "No such job",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cancel(@Parameter(description = "The job id (32 hex digits)") @PathParam("id") String id) {
        jobs.cancel(job(id));
        return Response.noContent().build();
    }
}
