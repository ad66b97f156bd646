package dev.fledge.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
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

/**
 * {@code POST /api/v1/convert/normalized}: the archive in Fledge's normalized JSON (docs/normalized-format.md), as
 * one document ({@code application/json}) or one record per line ({@code application/x-ndjson}), chosen by the
 * Accept header. The reading pass (and with it every strict or limit problem) happens before the first byte; the
 * answer is then streamed.
 *
 * <p>The response schemas ({@code NormalizedDocument}, {@code NormalizedRecord}) and the 200 examples are components
 * of the static OpenAPI file {@code META-INF/openapi.json}, which SmallRye merges with these annotations. It is made
 * from {@code openapi/schemas/*.schema.json} and the golden output of the example archive by
 * ConvertNormalizedOpenApiFileTest (which fails when it is stale and rewrites it with -Dfledge.golden.update=true).
 */
@Path("/api/v1/convert/normalized")
@Tag(name = "Convert")
public class ConvertNormalizedResource {
    static final String NDJSON = "application/x-ndjson";
    static final String BAD_KIND_EXAMPLE = """
            {"type":"https://fledge.dev/problems/invalid-option","title":"Invalid option","status":400,
             "detail":"Option 'include' names an unknown kind 'dms'. Kinds: posts, replies, retweets, likes, relationships, lists, directMessages, media.",
             "option":"include"}""";

    private final ArchiveRequests requests;
    private final Conversions conversions;

    public ConvertNormalizedResource(ArchiveRequests requests, Conversions conversions) {
        this.requests = requests;
        this.conversions = conversions;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({MediaType.APPLICATION_JSON, NDJSON})
    @Operation(operationId = "convertNormalized", summary = "Convert an archive to normalized JSON",
            description = "Answers everything the archive holds in Fledge's normalized format: plain terms, a versioned "
                    + "schema (`schema`: `https://fledge.dev/schemas/normalized/v1`, JSON Schemas in "
                    + "`openapi/schemas/`), RFC 3339 UTC dates, ids as strings, text offsets in UTF-16 code units. "
                    + "Posts come oldest first. Members whose value is unknown are left out; lists are always present.\n\n"
                    + "`Accept: application/json` (the default) answers one document; `Accept: application/x-ndjson` "
                    + "answers one record per line, each with a `type`: `source` (also carrying `schema`), `account`, "
                    + "`profile`, `post`..., `like`..., `follower`..., `following`..., `block`..., `mute`..., `list`..., "
                    + "`directMessageConversation`..., `media`, `warning`....\n\n"
                    + "The archive is read completely before the answer starts, so broken archives, limits and "
                    + "`strict` problems are problem answers. If reading fails after the answer started, the JSON "
                    + "document is cut (not valid JSON) and NDJSON ends with an `error` record holding a problem; the "
                    + "connection is then closed.\n\n"
                    + "Send the archive as multipart part `archive` (`curl -F archive=@archive.zip`) or as a raw "
                    + "body with `Content-Type: application/zip`. Options are query parameters, or multipart text "
                    + "fields (a field and a query parameter naming the same option with different values is a 400).")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
                    schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "archive", properties = {
                            @SchemaProperty(name = "archive", type = SchemaType.STRING, format = "binary",
                                    description = "The ZIP downloaded from X"),
                            @SchemaProperty(name = "include", type = SchemaType.STRING,
                                    description = "Same as the query parameter"),
                            @SchemaProperty(name = "exclude", type = SchemaType.STRING,
                                    description = "Same as the query parameter"),
                            @SchemaProperty(name = "since", type = SchemaType.STRING,
                                    description = "Same as the query parameter"),
                            @SchemaProperty(name = "until", type = SchemaType.STRING,
                                    description = "Same as the query parameter"),
                            @SchemaProperty(name = "strict", type = SchemaType.BOOLEAN,
                                    description = "Same as the query parameter")}),
                    encoding = @Encoding(name = "archive", contentType = "application/zip")),
            @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The archive in normalized form, streamed",
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NormalizedDocument"),
                            examples = @ExampleObject(name = "example-archive", ref = "NormalizedDocumentExample")),
                    @Content(mediaType = NDJSON, schema = @Schema(ref = "NormalizedRecord"),
                            examples = @ExampleObject(name = "example-archive", ref = "NormalizedRecordsExample"))})
    @APIResponse(responseCode = "400", description = "No `archive` part, or an invalid option (named in `option`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown-kind", value = BAD_KIND_EXAMPLE)))
    @APIResponse(responseCode = "406", description = "The Accept header allows neither application/json nor "
            + "application/x-ndjson",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The upload is larger than `fledge.limits.max-upload-size`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not a ZIP archive, or not multipart/application/zip",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A ZIP that cannot be used: broken, encrypted, hostile (zip bomb, "
            + "unsafe names), over a content limit, not an X archive, or (with `strict=true`) an invalid data file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Parameter(name = "include", in = ParameterIn.QUERY, explode = Explode.TRUE,
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
            description = "Kinds to add to the default (every kind but `directMessages`), comma-separated or "
                    + "repeated: `posts` (original posts and quotes), `replies`, `retweets`, `likes`, `relationships` "
                    + "(followers, following, blocks, mutes), `lists`, `directMessages`, `media`. Direct messages are "
                    + "private: they are written only with `include=directMessages`.")
    @Parameter(name = "exclude", in = ParameterIn.QUERY, explode = Explode.TRUE,
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class),
            description = "Kinds to leave out, same names as `include`; `exclude` wins when both name a kind. "
                    + "Without `media`, no media descriptions (post and message media, profile pictures) and no "
                    + "media summary are written.")
    @Parameter(name = "since", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            example = "2024-01-01",
            description = "Only posts and direct message events created at or after this moment: `YYYY-MM-DD` "
                    + "(start of that day, UTC) or RFC 3339 (UTC when no offset is given). Likes, relationships and "
                    + "lists carry no dates in the archive and are not filtered.")
    @Parameter(name = "until", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            example = "2025-01-01",
            description = "Only posts and direct message events created before this moment (exclusive); same "
                    + "forms as `since`, and later than it.")
    @Parameter(name = "strict", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"),
            description = "Refuse (422, naming the file, line and column) an archive with any broken data file, instead "
                    + "of reading around it and reporting a warning")
    public Response convertMultipart(MultipartFormDataInput form, @Context UriInfo uri, @Context HttpHeaders headers,
                                     @Context RoutingContext routing) {
        return conversions.convert(NormalizedTarget.NAME, () -> requests.fromMultipart(form), uri, headers, routing);
    }

    @POST
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    @Produces({MediaType.APPLICATION_JSON, NDJSON})
    @Operation(hidden = true)
    public Response convertRaw(InputStream body, @Context UriInfo uri, @Context HttpHeaders headers,
                               @Context RoutingContext routing) {
        return conversions.convert(NormalizedTarget.NAME, () -> requests.fromBody(body), uri, headers, routing);
    }
}
