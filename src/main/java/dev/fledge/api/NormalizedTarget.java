package dev.fledge.api;

import dev.fledge.progress.ProgressDocument;
import dev.fledge.render.normalized.NormalizedFormat;
import dev.fledge.render.normalized.NormalizedKind;
import dev.fledge.render.normalized.NormalizedOptions;
import dev.fledge.render.normalized.NormalizedWriter;
import dev.fledge.xarchive.OptionalData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Target {@code normalized}: Fledge's normalized JSON (docs/normalized-format.md), one document or NDJSON. */
@ApplicationScoped
public class NormalizedTarget implements ConvertTarget {
    static final String NAME = "normalized";
    static final String NDJSON = "application/x-ndjson";
    static final Set<String> OPTIONS = Set.of("include", "exclude", "since", "until", "strict");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> options() {
        return OPTIONS;
    }

    @Override
    public Conversion plan(RequestOptions given, UploadedArchive upload, List<MediaType> accepted) {
        NormalizedFormat format = format(accepted);
        Instant since = given.instant("since").orElse(null);
        Instant until = given.instant("until").orElse(null);
        NormalizedOptions options = NormalizedOptions.of(given.list("include"), given.list("exclude"), since, until);
        Set<ProgressDocument.Unit> units = EnumSet.of(ProgressDocument.Unit.POSTS);
        if (options.includes(NormalizedKind.RELATIONSHIPS)) {
            units.add(ProgressDocument.Unit.RELATED_ACCOUNTS);
        }
        return new Conversion(given.flag("strict", false), true, readData(options), units, (document, tempDir) -> {
            NormalizedWriter writer = new NormalizedWriter(options);
            return new Output(format.mediaType(), null, out -> writer.write(document, format, out));
        });
    }

    /**
     * The format the Accept header prefers: NDJSON only when asked for by name before JSON; JSON for
     * {@code application/json}, wildcards or no Accept header. JAX-RS has already answered 406 when neither fits.
     */
    static NormalizedFormat format(List<MediaType> accepted) {
        for (MediaType type : accepted) {
            if (!type.isWildcardSubtype() && type.isCompatible(MediaType.valueOf(NDJSON))) {
                return NormalizedFormat.NDJSON;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return NormalizedFormat.JSON;
            }
        }
        throw new NotAcceptableException();
    }

    /** The optional data the reader must make streamable for these options (public for the writer's tests). */
    public static Set<OptionalData> readData(NormalizedOptions options) {
        Set<OptionalData> data = EnumSet.noneOf(OptionalData.class);
        if (options.includes(NormalizedKind.LIKES)) {
            data.add(OptionalData.LIKES);
        }
        if (options.includes(NormalizedKind.RELATIONSHIPS)) {
            data.add(OptionalData.RELATIONSHIPS);
        }
        if (options.includes(NormalizedKind.LISTS)) {
            data.add(OptionalData.LISTS);
        }
        if (options.includes(NormalizedKind.DIRECT_MESSAGES)) {
            data.add(OptionalData.DIRECT_MESSAGES);
        }
        return data;
    }
}
