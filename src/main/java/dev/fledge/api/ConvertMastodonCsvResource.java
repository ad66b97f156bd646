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
 * {@code POST /api/v1/convert/mastodon-csv}: the files Mastodon imports at Preferences → Import and export → Import
 * (following, blocks, mutes, lists), made from an X archive and the account map the user uploads, as a ZIP with a
 * README.txt, unresolved_accounts.csv and report.json; or, with {@code only}, one of the CSV files.
 */
@Path("/api/v1/convert/mastodon-csv")
@Tag(name = "Convert")
public class ConvertMastodonCsvResource {
    static final String ZIP = "application/zip";
    static final String CSV = "text/csv; charset=utf-8";
    static final String RESOLVED_HEADER = "Fledge-Accounts-Resolved";
    static final String UNRESOLVED_HEADER = "Fledge-Accounts-Unresolved";
    static final String PARTS_HEADER = "Fledge-Parts";

    private final ArchiveRequests requests;
    private final Conversions conversions;

    public ConvertMastodonCsvResource(ArchiveRequests requests, Conversions conversions) {
        this.requests = requests;
        this.conversions = conversions;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces({ZIP, "text/csv"})
    @Operation(operationId = "convertMastodonCsv", summary = "Mastodon import files (following, blocks, mutes, lists)",
            description = "Makes the CSV files Mastodon imports at Preferences → Import and export → Import, in the "
                    + "dialect Mastodon's own export writes, and answers them as a ZIP: `following_accounts.csv`, "
                    + "`blocked_accounts.csv`, `muted_accounts.csv`, `lists.csv` (only when the account map names "
                    + "lists), `unresolved_accounts.csv`, `report.json` and a `README.txt` that explains how to import "
                    + "each file. Following is split at 7,500 rows per file (`following_accounts-2.csv`, ...), the "
                    + "others at 20,000 (server settings `fledge.csv.*`).\n\n"
                    + "X names followed, blocked and muted accounts by numeric id only, and Mastodon needs "
                    + "`user@domain`. Fledge never guesses: an account gets an address only from the `accountMap` "
                    + "file part (CSV `x,fediverse[,list]`; `x` an X id or a screen name that the archive pairs with "
                    + "one account only) or, when asked, from `bridgeDomain` (`screen_name@bridgeDomain`). Every "
                    + "other account is listed in `unresolved_accounts.csv` with the reason. The response headers "
                    + "`Fledge-Accounts-Resolved` and `Fledge-Accounts-Unresolved` give the totals.\n\n"
                    + "With `only` the answer is one CSV file (`text/csv`); `part` picks a part of a split file and "
                    + "`Fledge-Parts` says how many parts it has. The account map needs multipart (curl: "
                    + "`-F archive=@archive.zip -F accountMap=@map.csv`). The full description is docs/mastodon-csv.md.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
                    schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "archive", properties = {
                            @SchemaProperty(name = "archive", type = SchemaType.STRING, format = "binary",
                                    description = "The ZIP downloaded from X"),
                            @SchemaProperty(name = "accountMap", type = SchemaType.STRING, format = "binary",
                                    description = "CSV, UTF-8: `x,fediverse[,list]` rows (header row optional). `x`: an "
                                            + "X user id (digits) or a screen name (`@name`); `fediverse`: `user@domain` "
                                            + "(a leading `@` is dropped); `list`: list names separated by `|`"),
                            @SchemaProperty(name = "only", type = SchemaType.STRING,
                                    enumeration = {"following", "blocks", "mutes", "lists", "unresolved"},
                                    description = "Same as the query parameter"),
                            @SchemaProperty(name = "part", type = SchemaType.INTEGER, description = "Same as the query parameter"),
                            @SchemaProperty(name = "showBoosts", type = SchemaType.BOOLEAN, description = "Same as the query parameter"),
                            @SchemaProperty(name = "notify", type = SchemaType.BOOLEAN, description = "Same as the query parameter"),
                            @SchemaProperty(name = "languages", type = SchemaType.STRING, description = "Same as the query parameter"),
                            @SchemaProperty(name = "hideNotifications", type = SchemaType.BOOLEAN,
                                    description = "Same as the query parameter"),
                            @SchemaProperty(name = "bridgeDomain", type = SchemaType.STRING, description = "Same as the query parameter"),
                            @SchemaProperty(name = "strict", type = SchemaType.BOOLEAN, description = "Same as the query parameter")}),
                    encoding = {@Encoding(name = "archive", contentType = "application/zip"),
                            @Encoding(name = "accountMap", contentType = "text/csv")}),
            @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "The ZIP of import files, or with `only` one CSV file",
            headers = {
                    @Header(name = RESOLVED_HEADER, description = "Followed, blocked and muted accounts given an address "
                            + "(an account in two of these lists counts twice)", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = UNRESOLVED_HEADER, description = "Accounts without an address: the rows of "
                            + "unresolved_accounts.csv", schema = @Schema(type = SchemaType.INTEGER)),
                    @Header(name = PARTS_HEADER, description = "With `only`: how many parts the file has",
                            schema = @Schema(type = SchemaType.INTEGER))},
            content = {
                    @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "only-following", value = ConvertMastodonCsvExamples.FOLLOWING_CSV))})
    @APIResponse(responseCode = "400", description = "No `archive` part, an invalid option, a `part` the file does not "
            + "have, `accountMap` sent other than as a multipart file part, or an account map with invalid rows (the "
            + "problem lists each bad line and why)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "invalid-account-map", value = ConvertMastodonCsvExamples.BAD_ACCOUNT_MAP),
                            @ExampleObject(name = "no-such-part", value = ConvertMastodonCsvExamples.BAD_PART)}))
    @APIResponse(responseCode = "413", description = "The upload is larger than `fledge.limits.max-upload-size`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not a ZIP archive, or not multipart/application/zip",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not-a-zip", value = InspectExamples.NOT_A_ZIP)))
    @APIResponse(responseCode = "422", description = "A ZIP that cannot be used: broken, encrypted, hostile, over a "
            + "content limit, not an X archive, or (with `strict=true`) an invalid data file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid-data-file", value = InspectExamples.STRICT)))
    @Parameter(name = "only", in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.STRING, enumeration = {"following", "blocks", "mutes", "lists", "unresolved"}),
            description = "Answer this one CSV file (`text/csv`) instead of the ZIP")
    @Parameter(name = "part", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
            defaultValue = "1"), description = "With `only`: which part of a split file (`2` is "
            + "`following_accounts-2.csv`). A part the file does not have is a 400 naming `part`")
    @Parameter(name = "showBoosts", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"),
            description = "`Show boosts` of every following row")
    @Parameter(name = "notify", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"),
            description = "`Notify on new posts` of every following row")
    @Parameter(name = "languages", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "`Languages` of every following row: ISO 639 codes separated by commas (`en,de`); empty "
                    + "(the default) means all languages")
    @Parameter(name = "hideNotifications", in = ParameterIn.QUERY,
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "true"),
            description = "`Hide notifications` of every muting row")
    @Parameter(name = "bridgeDomain", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING),
            description = "Give accounts whose screen name the archive knows unambiguously the address "
                    + "`screen_name@bridgeDomain` (for accounts followed through a bridge). Off by default; rows of "
                    + "the account map win over it. README.txt names its caveats")
    @Parameter(name = "strict", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"),
            description = "Refuse (422, naming the file, line and column) an archive with any broken data file, instead "
                    + "of reading around it")
    public Response convertMultipart(MultipartFormDataInput form, @Context UriInfo uri, @Context HttpHeaders headers,
                                     @Context RoutingContext routing) {
        return conversions.convert(MastodonCsvTarget.NAME, () -> requests.fromMultipart(form), uri, headers, routing);
    }

    @POST
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    @Produces({ZIP, "text/csv"})
    @Operation(hidden = true)
    public Response convertRaw(InputStream body, @Context UriInfo uri, @Context HttpHeaders headers,
                               @Context RoutingContext routing) {
        return conversions.convert(MastodonCsvTarget.NAME, () -> requests.fromBody(body), uri, headers, routing);
    }
}
