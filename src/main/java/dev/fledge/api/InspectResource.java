package dev.fledge.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Encoding;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.io.InputStream;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code POST /api/v1/inspect}: reads an archive and answers what is in it. The archive comes as multipart part
 * {@code archive} or as a raw {@code application/zip} body; options come as query parameters (or, with multipart,
 * as text fields).
 */
@Path("/api/v1/inspect")
@Tag(name = "Inspect")
public class InspectResource {
    static final Set<String> OPTIONS = Set.of("strict");

    private final ArchiveRequests requests;

    public InspectResource(ArchiveRequests requests) {
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inspect", summary = "Inspect an archive",
            description = "Reads every data file of an X archive once and answers what it holds: the archive generation, "
                    + "the account, counts of posts (with retweets, replies, quotes, long posts, edits), likes, "
                    + "relationships, lists, direct messages and media files, the date range of the posts, the data types "
                    + "Fledge does not read, and warnings for files it could read only in part. Nothing is converted "
                    + "and nothing is kept: the upload is deleted when the answer is sent.\n\n"
                    + "Send the archive as multipart part `archive` (`curl -F archive=@archive.zip`) or as a raw body "
                    + "with `Content-Type: application/zip`.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
                    schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "archive", properties = {
                            @SchemaProperty(name = "archive", type = SchemaType.STRING, format = "binary",
                                    description = "The ZIP downloaded from X"),
                            @SchemaProperty(name = "strict", type = SchemaType.BOOLEAN,
                                    description = "Same as the query parameter")}),
                    encoding = @Encoding(name = "archive", contentType = "application/zip")),
            @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "What the archive holds",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InspectReport.class),
                    examples = @ExampleObject(name = "example-archive", value = InspectExamples.REPORT)))
    @APIResponse(responseCode = "400", description = "No `archive` part, or an invalid option",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown-option", value = InspectExamples.BAD_OPTION)))
    @APIResponse(responseCode = "413", description = "The upload is larger than `fledge.limits.max-upload-size`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not a ZIP archive, or not multipart/application/zip",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-a-zip", value = InspectExamples.NOT_A_ZIP)))
    @APIResponse(responseCode = "422", description = "A ZIP that cannot be used: broken, encrypted, hostile (zip bomb, "
            + "unsafe names), over a content limit, not an X archive, or (with `strict=true`) an invalid data file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-data-file", value = InspectExamples.STRICT)))
    @Parameter(name = "strict", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"),
            description = "Refuse (422, naming the file, line and column) an archive with any broken data file, instead "
                    + "of reading around it and reporting a warning")
    public InspectReport inspectMultipart(MultipartFormDataInput form, @Context UriInfo uri) {
        return inspect(() -> requests.fromMultipart(form), uri);
    }

    @POST
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public InspectReport inspectRaw(InputStream body, @Context UriInfo uri) {
        return inspect(() -> requests.fromBody(body), uri);
    }

    private InspectReport inspect(Supplier<UploadedArchive> uploaded, UriInfo uri) {
        try (ConversionGate.Ticket ticket = requests.admit()) {
            UploadedArchive upload = uploaded.get();
            OpenedArchive opened;
            try {
                RequestOptions options = requests.options(uri.getQueryParameters(), upload, OPTIONS);
                opened = requests.open(upload, options.flag("strict", false), false, Set.of(),
                        new ProgressLog("inspect", Conversions.requestId()));
            } catch (RuntimeException e) {
                upload.close();
                throw e;
            }
            try {
                return InspectReport.of(opened.document());
            } finally {
                requests.finished(opened, "inspect");
            }
        }
    }
}
