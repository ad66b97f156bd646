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
 * {@code POST /api/v1/convert/mastodon-archive}: the X archive as a Mastodon account archive (the ZIP of Mastodon's
 * "Request your archive"), which Misskey/Sharkey and slurp (GoToSocial) import. Streams the ZIP; the download name is
 * {@code archive-<yyyyMMddHHmmss>-<32 hex>.zip} as Mastodon's.
 */
@Path("/api/v1/convert/mastodon-archive")
@Tag(name = "Convert")
public class ConvertMastodonArchiveResource {
    static final String ZIP = "application/zip";

    private final ArchiveRequests requests;
    private final Conversions conversions;

    public ConvertMastodonArchiveResource(ArchiveRequests requests, Conversions conversions) {
        this.requests = requests;
        this.conversions = conversions;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(ZIP)
    @Operation(operationId = "convertMastodonArchive", summary = "Mastodon account archive (for Misskey, Sharkey, GoToSocial)",
            description = "Answers a ZIP in the layout of Mastodon's \"Request your archive\" export: `outbox.json` "
                    + "(posts oldest first as `Create` activities of `Note`s), `media_attachments/files/...` (every "
                    + "media file of the exported posts, stored as is), `likes.json`, `bookmarks.json`, `avatar.*`, "
                    + "`header.*`, `actor.json` and `report.json` (what was exported, and what was left out with counts "
                    + "per reason). Mastodon itself cannot import posts; Misskey and Sharkey (Import notes) and "
                    + "GoToSocial (through slurp) import this layout, and the ZIP follows every rule they impose: "
                    + "`@context` arrays as Mastodon writes them, `to`/`cc`/`tag`/`attachment` always arrays, dates "
                    + "`YYYY-MM-DDTHH:MM:SSZ`, attachment `url` = the exact path of a file in the ZIP with unique base "
                    + "names, no `Mention` tags, mentions as links to the X profile that no importer reads as a "
                    + "fediverse mention, `inReplyTo` only inside the export (self-threads survive).\n\n"
                    + "Defaults: self-threads kept, replies to others and retweets left out, posts public (followers "
                    + "only when the account was protected at export time), likes and media included. Direct "
                    + "messages never appear. The download name is `archive-<yyyyMMddHHmmss>-<32 hex>.zip`: upload it "
                    + "under that name (Misskey/Sharkey treat `twitter*.zip` as an X archive). The full description "
                    + "is docs/mastodon-archive.md.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
                    schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "archive", properties = {
                            @SchemaProperty(name = "archive", type = SchemaType.STRING, format = "binary",
                                    description = "The ZIP downloaded from X"),
                            @SchemaProperty(name = "actorUrl", type = SchemaType.STRING, description = "Same as the query parameter"),
                            @SchemaProperty(name = "replies", type = SchemaType.STRING,
                                    enumeration = {"self", "all", "none"}, description = "Same as the query parameter"),
                            @SchemaProperty(name = "retweets", type = SchemaType.STRING,
                                    enumeration = {"skip", "announce"}, description = "Same as the query parameter"),
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
    @APIResponse(responseCode = "200", description = "The Mastodon account archive (ZIP, streamed)",
            headers = @Header(name = "Content-Disposition", description = "`attachment; filename=\"archive-<yyyyMMddHHmmss>-<32 hex>.zip\"`",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "layout", summary = "Entries for examples/example-archive.zip",
                            value = ConvertMastodonArchiveExamples.ZIP_LAYOUT)))
    @APIResponse(responseCode = "400", description = "No `archive` part, or an invalid option (an unknown option, a "
            + "bad value, `include`/`exclude` naming a kind other than likes, media, relationships)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad-include", value = ConvertMastodonArchiveExamples.BAD_INCLUDE),
                            @ExampleObject(name = "bad-actor-url", value = ConvertMastodonArchiveExamples.BAD_ACTOR_URL)}))
    @APIResponse(responseCode = "413", description = "The upload is larger than `fledge.limits.max-upload-size`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not a ZIP archive, or not multipart/application/zip",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-a-zip", value = InspectExamples.NOT_A_ZIP)))
    @APIResponse(responseCode = "422", description = "A ZIP that cannot be used: broken, encrypted, hostile, over a "
            + "content limit, not an X archive, or (with `strict=true`) an invalid data file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-data-file", value = InspectExamples.STRICT)))
    @Parameter(name = "actorUrl", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            example = "https://social.example/users/alice",
            description = "The destination account's actor URL: the actor id and the base of post ids "
                    + "(`<actorUrl>/statuses/<X id>`) and hashtag links. Without it the actor is "
                    + "`https://x.com/<screen name>` and posts keep their X status URLs")
    @Parameter(name = "replies", in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"self", "all", "none"}, defaultValue = "self"),
            description = "`self`: keep self-threads, leave out replies to others (and self-replies continuing them); "
                    + "`all`: keep every reply; `none`: no replies. `inReplyTo` is written only when the parent is in "
                    + "the export")
    @Parameter(name = "retweets", in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"skip", "announce"}, defaultValue = "skip"),
            description = "`skip`: leave retweets out (importers ignore boosts); `announce`: an `Announce` of the "
                    + "original post where the archive lets its URL be derived (the others are left out with reason "
                    + "`retweet_original_unknown`)")
    @Parameter(name = "visibility", in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"public", "unlisted", "followers"}),
            description = "Addressing of every post. Default `public`, or `followers` when the account was protected at "
                    + "export time (report.json says so). slurp imports only public and unlisted posts")
    @Parameter(name = "mentions", in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"defuse", "link", "text"}, defaultValue = "defuse"),
            description = "`defuse`: `@` + U+2060 WORD JOINER + the name linked to the X profile (no importer reads "
                    + "it as a mention; slurp skips posts with `@name`); `link`: a plain `@name` link; `text`: the text "
                    + "as written")
    @Parameter(name = "since", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            example = "2020-01-01", description = "Only posts created at or after this: `YYYY-MM-DD` or RFC 3339, UTC "
                    + "when no offset is given")
    @Parameter(name = "until", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "Only posts created before this (exclusive): `YYYY-MM-DD` or RFC 3339")
    @Parameter(name = "include", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "Kinds to include (comma-separated or repeated): `likes`, `media`, `relationships`. All are "
                    + "included by default; any other kind is a 400. `relationships` has no file in this layout "
                    + "(Mastodon keeps follows in its CSV exports)")
    @Parameter(name = "exclude", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "Kinds to leave out: `likes` (likes.json stays, empty), `media` (no media files and no "
                    + "attachments, no avatar/header), `relationships`. Wins over `include`")
    @Parameter(name = "strict", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"),
            description = "Refuse (422, naming the file, line and column) an archive with any broken data file, instead "
                    + "of reading around it")
    public Response convertMultipart(MultipartFormDataInput form, @Context UriInfo uri, @Context HttpHeaders headers,
                                     @Context RoutingContext routing) {
        return conversions.convert(MastodonArchiveTarget.NAME, () -> requests.fromMultipart(form), uri, headers, routing);
    }

    @POST
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(ZIP)
    @Operation(hidden = true)
    public Response convertRaw(InputStream body, @Context UriInfo uri, @Context HttpHeaders headers,
                               @Context RoutingContext routing) {
        return conversions.convert(MastodonArchiveTarget.NAME, () -> requests.fromBody(body), uri, headers, routing);
    }
}
