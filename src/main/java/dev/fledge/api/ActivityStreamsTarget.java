package dev.fledge.api;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.fledge.model.ArchiveDocument;
import dev.fledge.problem.InvalidOptionException;
import dev.fledge.progress.ProgressDocument;
import dev.fledge.render.activitypub.ConversionOptions;
import dev.fledge.render.activitypub.JsonOutput;
import dev.fledge.render.activitypub.RetweetPolicy;
import dev.fledge.render.activitystreams.ActivityStreamsOptions;
import dev.fledge.render.activitystreams.ActivityStreamsWriter;
import dev.fledge.render.activitystreams.OutboxSpool;
import dev.fledge.xarchive.OptionalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Target {@code activitystreams}: pure ActivityStreams 2.0 documents (docs/activitystreams.md), as a ZIP, or with
 * {@code document} (and {@code page}) one of them as {@code application/activity+json}.
 */
@ApplicationScoped
public class ActivityStreamsTarget implements ConvertTarget {
    static final String NAME = "activitystreams";
    static final String ZIP = "application/zip";
    static final String ACTIVITY_JSON = "application/activity+json";
    static final Set<String> DOCUMENTS = Set.of("actor", "outbox", "liked", "following", "followers");
    static final Set<String> OPTIONS;

    static {
        Set<String> options = new HashSet<>(ConvertActivityPubOptions.COMMON);
        options.addAll(Set.of("mediaBaseUrl", "pageSize", "document", "page"));
        OPTIONS = Set.copyOf(options);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> options() {
        return OPTIONS;
    }

    /** The parsed request. {@code document} null means the ZIP; {@code page} null the outbox collection. */
    record ActivityStreamsRequest(ActivityStreamsOptions options, String document, Integer page, boolean strict) {
    }

    static ActivityStreamsRequest parse(RequestOptions given) {
        ConversionOptions common = ConvertActivityPubOptions.parse(given, RetweetPolicy.ANNOUNCE);
        String mediaBaseUrl = given.single("mediaBaseUrl").map(value -> ConvertActivityPubOptions.absoluteUrl(
                "mediaBaseUrl", value, "where you will host the media/ folder, e.g. https://files.example/alice/media"))
                .orElse(null);
        int pageSize = ConvertActivityPubOptions.integer(given, "pageSize", 1, ActivityStreamsOptions.MAX_PAGE_SIZE,
                ActivityStreamsOptions.DEFAULT_PAGE_SIZE);
        String document = given.choice("document", DOCUMENTS, null);
        Integer page = null;
        if (given.has("page")) {
            if (!"outbox".equals(document)) {
                throw new InvalidOptionException("page", "Option 'page' needs document=outbox.");
            }
            page = ConvertActivityPubOptions.integer(given, "page", 1, Integer.MAX_VALUE, 1);
        }
        return new ActivityStreamsRequest(new ActivityStreamsOptions(common, mediaBaseUrl, pageSize), document, page,
                given.flag("strict", false));
    }

    @Override
    public Conversion plan(RequestOptions given, UploadedArchive upload, List<MediaType> accepted) {
        ActivityStreamsRequest request = parse(given);
        ActivityStreamsOptions options = request.options();
        ActivityStreamsWriter writer = new ActivityStreamsWriter();
        String document = request.document();
        Set<ProgressDocument.Unit> units = document == null
                ? Set.of(ProgressDocument.Unit.POSTS, ProgressDocument.Unit.MEDIA_FILES)
                : document.equals("outbox") ? Set.of(ProgressDocument.Unit.POSTS)
                : document.equals("following") || document.equals("followers")
                ? Set.of(ProgressDocument.Unit.RELATED_ACCOUNTS) : Set.of();
        return new Conversion(request.strict(), needsPosts(document), readerData(request), units, (archive, tempDir) -> {
            if (document == null) {
                String name = ConvertActivityPubOptions.downloadName("activitystreams", Instant.now());
                return new Output(ZIP, name, out -> writer.writeZip(archive, options, out, tempDir));
            }
            return switch (document) {
                case "outbox" -> outbox(archive, writer, request, tempDir);
                case "actor" -> new Output(ACTIVITY_JSON, null, Map.of(), out -> writer.writeActor(archive, options, out), null);
                case "liked" -> new Output(ACTIVITY_JSON, null, Map.of(), out -> writer.writeLiked(archive, options, out), null);
                case "following" -> new Output(ACTIVITY_JSON, null, Map.of(),
                        out -> writer.writeFollowing(archive, options, out), null);
                default -> new Output(ACTIVITY_JSON, null, Map.of(), out -> writer.writeFollowers(archive, options, out), null);
            };
        });
    }

    /** The outbox collection or one page: the pass over the posts happens first, so a missing page is a 400. */
    private static Output outbox(ArchiveDocument archive, ActivityStreamsWriter writer, ActivityStreamsRequest request,
                                 Path tempDir) throws IOException {
        OutboxSpool spool = writer.spoolOutbox(archive, request.options(), tempDir);
        try {
            Integer page = request.page();
            if (page != null && page > spool.pages()) {
                throw new InvalidOptionException("page", "Option 'page' must be from 1 to " + spool.pages()
                        + ": the outbox has " + spool.pages() + " page(s) of " + request.options().pageSize()
                        + " activities.");
            }
        } catch (RuntimeException e) {
            spool.close();
            throw e;
        }
        return new Output(ACTIVITY_JSON, null, Map.of(), out -> {
            try (JsonGenerator g = JsonOutput.compact(out)) {
                if (request.page() == null) {
                    spool.writeCollection(g);
                } else {
                    spool.writePage(g, request.page());
                }
            }
        }, spool);
    }

    private static boolean needsPosts(String document) {
        return document == null || document.equals("outbox");
    }

    private static Set<OptionalData> readerData(ActivityStreamsRequest request) {
        ConversionOptions common = request.options().common();
        if (request.document() == null) {
            return ConvertActivityPubOptions.readerData(common, true);
        }
        Set<OptionalData> data = EnumSet.noneOf(OptionalData.class);
        if (request.document().equals("liked") && common.includeLikes()) {
            data.add(OptionalData.LIKES);
        }
        if ((request.document().equals("following") || request.document().equals("followers"))
                && common.includeRelationships()) {
            data.add(OptionalData.RELATIONSHIPS);
        }
        return data;
    }
}
