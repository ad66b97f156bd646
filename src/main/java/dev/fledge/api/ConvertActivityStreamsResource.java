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
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.io.InputStream;

/**
 * {@code POST /api/v1/convert/activitystreams}: the X archive as pure ActivityStreams 2.0 documents with absolute
 * IRIs, as a ZIP (actor, paged outbox newest first, liked, following, followers, media, report), or with
 * {@code document} (and {@code page}) one of these documents as {@code application/activity+json}.
 */
@Path("/api/v1/convert/activitystreams")
@Tag(name = "Convert")
public class ConvertActivityStreamsResource {
    static final String ZIP = "application/zip";
    static final String ACTIVITY_JSON = "application/activity+json";

    private final ArchiveRequests requests;
    private final Conversions conversions;

    public ConvertActivityStreamsResource(ArchiveRequests requests, Conversions conversions) {
        this.requests = requests;
        this.conversions = conversions;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({ZIP, ACTIVITY_JSON})
    @Operation(operationId = "convertActivityStreams", summary = "ActivityStreams 2.0 documents",
            description = "Answers a ZIP of pure ActivityStreams 2.0 documents with absolute IRIs: `actor.json` "
                    + "(`Person`), `outbox.json` (`OrderedCollection` with `totalItems`, `first`, `last`) and its pages "
                    + "`outbox/page-N.json` (`OrderedCollectionPage`, newest first, with `partOf`, `prev`/`next`, "
                    + "`startIndex`; posts as `Create` activities of `Note`s, retweets as `Announce`s of the original "
                    + "where it can be derived), `liked.json`, `following.json`, `followers.json` (`OrderedCollection`s "
                    + "of IRIs: X accounts are `https://x.com/i/user/<id>`), the media files under `media/`, and "
                    + "`report.json` (what was exported, and what was left out with counts per reason).\n\n"
                    + "With `document` the answer is that one document as `application/activity+json` "
                    + "(`document=outbox&page=N` for a page). Direct messages never appear. The full description is "
                    + "docs/activitystreams.md.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
                    schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "archive", properties = {
                            @SchemaProperty(name = "archive", type = SchemaType.STRING, format = "binary",
                                    description = "The ZIP downloaded from X"),
                            @SchemaProperty(name = "actorUrl", type = SchemaType.STRING, description = "Same as the query parameter"),
                            @SchemaProperty(name = "mediaBaseUrl", type = SchemaType.STRING, description = "Same as the query parameter"),
                            @SchemaProperty(name = "pageSize", type = SchemaType.INTEGER, description = "Same as the query parameter"),
                            @SchemaProperty(name = "document", type = SchemaType.STRING,
                                    enumeration = {"actor", "outbox", "liked", "following", "followers"},
                                    description = "Same as the query parameter"),
                            @SchemaProperty(name = "page", type = SchemaType.INTEGER, description = "Same as the query parameter"),
                            @SchemaProperty(name = "replies", type = SchemaType.STRING,
                                    enumeration = {"self", "all", "none"}, description = "Same as the query parameter"),
                            @SchemaProperty(name = "retweets", type = SchemaType.STRING,
                                    enumeration = {"announce", "skip"}, description = "Same as the query parameter"),
                            @SchemaProperty(name = "visibility", type = SchemaType.STRING,
                                    enumeration = {"public", "unlisted", "followers"}, description = "Same as the query parameter"),
                            @SchemaProperty(name = "mentions", type = SchemaType.STRING,
                                    enumeration = {"defuse", "link", "text"}, description = "Same as the query parameter"),
                            @SchemaProperty(name = "since", type = SchemaType.STRING, description = "Same as the query parameter"),
                            @SchemaProperty(name = "until", type = SchemaType.STRING, description = "Same as the query parameter"),
                            @SchemaProperty(name = "include", type = SchemaType.STRING, description = "Same as the query parameter"),
                            @SchemaProperty(name = "exclude", type = SchemaType.STRING, description = "Same as the query parameter"),
                            @SchemaProperty(name = "strict", type = SchemaType.BOOLEAN, description = "Same as the query parameter")}),
                    encoding = @Encoding(name = "archive", contentType = "application/zip")),
            @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The ZIP of AS2 documents (streamed), or with `document` one "
            + "document",
            headers = @Header(name = "Content-Disposition", description = "For the ZIP: "
                    + "`attachment; filename=\"activitystreams-<yyyyMMddHHmmss>-<32 hex>.zip\"`",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                            examples = @ExampleObject(name = "layout", summary = "Entries for examples/example-archive.zip",
                                    value = ConvertMastodonArchiveExamples.AS2_ZIP_LAYOUT)),
                    @Content(mediaType = ACTIVITY_JSON, schema = @Schema(type = SchemaType.OBJECT),
                            examples = @ExampleObject(name = "outbox-page", summary = "document=outbox&page=1 (trimmed)",
                                    value = ConvertMastodonArchiveExamples.OUTBOX_PAGE))})
    @APIResponse(responseCode = "400", description = "No `archive` part, or an invalid option (an unknown option, a "
            + "bad value, `include`/`exclude` naming a kind other than likes, media, relationships, `page` without "
            + "`document=outbox`, or a page the outbox does not have)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad-include", value = ConvertMastodonArchiveExamples.BAD_INCLUDE),
                            @ExampleObject(name = "no-such-page", value = ConvertMastodonArchiveExamples.NO_SUCH_PAGE)}))
    @APIResponse(responseCode = "413", description = "The upload is larger than `fledge.limits.max-upload-size`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not a ZIP archive, or not multipart/application/zip",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-a-zip", value = InspectExamples.NOT_A_ZIP)))
    @APIResponse(responseCode = "422", description = "A ZIP that cannot be used: broken, encrypted, hostile, over a "
            + "content limit, not an X archive, or (with `strict=true`) an invalid data file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-data-file", value = InspectExamples.STRICT)))
    @Parameter(name = "document", in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"actor", "outbox", "liked", "following", "followers"}),
            description = "Answer this one document (`application/activity+json`) instead of the ZIP")
    @Parameter(name = "page", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER, minimum = "1"),
            description = "With `document=outbox`: answer this outbox page (1 is the newest) instead of the collection")
    @Parameter(name = "pageSize", in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "20"),
            description = "Activities per outbox page")
    @Parameter(name = "actorUrl", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            example = "https://social.example/users/alice",
            description = "The destination account's actor URL: the actor id and the base of post, activity and "
                    + "collection ids. Without it the actor is `https://x.com/<screen name>` and posts keep their X "
                    + "status URLs")
    @Parameter(name = "mediaBaseUrl", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            example = "https://files.example/alice/media",
            description = "Where you will host the ZIP's `media/` folder: attachment, avatar and header URLs become "
                    + "`<mediaBaseUrl>/<file>`. Without it they are the URLs X served the media from")
    @Parameter(name = "replies", in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"self", "all", "none"}, defaultValue = "self"),
            description = "`self`: keep self-threads, leave out replies to others; `all`; `none`. `inReplyTo` is "
                    + "written only when the parent is in the export")
    @Parameter(name = "retweets", in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"announce", "skip"}, defaultValue = "announce"),
            description = "`announce`: an `Announce` of the original post where its URL can be derived (others are "
                    + "left out with reason `retweet_original_unknown`); `skip`: no retweets")
    @Parameter(name = "visibility", in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"public", "unlisted", "followers"}),
            description = "Addressing of every post. Default `public`, or `followers` when the account was protected at "
                    + "export time")
    @Parameter(name = "mentions", in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"defuse", "link", "text"}, defaultValue = "defuse"),
            description = "`defuse`: `@` + U+2060 WORD JOINER + the name linked to the X profile; `link`: a plain "
                    + "`@name` link; `text`: the text as written")
    @Parameter(name = "since", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "Only posts created at or after this: `YYYY-MM-DD` or RFC 3339, UTC when no offset is given")
    @Parameter(name = "until", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "Only posts created before this (exclusive)")
    @Parameter(name = "include", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "Kinds to include (comma-separated or repeated): `likes`, `media`, `relationships`. All are "
                    + "included by default; any other kind is a 400")
    @Parameter(name = "exclude", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "Kinds to leave out: `likes` and `relationships` (their collections stay, empty), `media` "
                    + "(no files in the ZIP; attachments keep X's URLs). Wins over `include`")
    @Parameter(name = "strict", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"),
            description = "Refuse (422, naming the file, line and column) an archive with any broken data file, instead "
                    + "of reading around it")
    public Response convertMultipart(MultipartFormDataInput form, @Context UriInfo uri, @Context HttpHeaders headers,
                                     @Context RoutingContext routing) {
        return conversions.convert(ActivityStreamsTarget.NAME, () -> requests.fromMultipart(form), uri, headers, routing);
    }

    @POST
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    @Produces({ZIP, ACTIVITY_JSON})
    @Operation(hidden = true)
    public Response convertRaw(InputStream body, @Context UriInfo uri, @Context HttpHeaders headers,
                               @Context RoutingContext routing) {
        return conversions.convert(ActivityStreamsTarget.NAME, () -> requests.fromBody(body), uri, headers, routing);
    }
}
