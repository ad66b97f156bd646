package dev.fledge.api;

import dev.fledge.progress.ProgressDocument;
import dev.fledge.render.activitypub.ConversionOptions;
import dev.fledge.render.activitypub.RetweetPolicy;
import dev.fledge.render.mastodonarchive.MastodonArchiveWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Target {@code mastodon-archive}: a Mastodon account archive ZIP (docs/mastodon-archive.md), named
 * {@code archive-<yyyyMMddHHmmss>-<32 hex>.zip} as Mastodon's.
 */
@ApplicationScoped
public class MastodonArchiveTarget implements ConvertTarget {
    static final String NAME = "mastodon-archive";
    static final String ZIP = "application/zip";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> options() {
        return ConvertActivityPubOptions.COMMON;
    }

    @Override
    public Conversion plan(RequestOptions given, UploadedArchive upload, List<MediaType> accepted) {
        ConversionOptions options = ConvertActivityPubOptions.parse(given, RetweetPolicy.SKIP);
        return new Conversion(given.flag("strict", false), true, ConvertActivityPubOptions.readerData(options, false),
                Set.of(ProgressDocument.Unit.POSTS, ProgressDocument.Unit.MEDIA_FILES), (document, tempDir) -> {
            String name = ConvertActivityPubOptions.downloadName("archive", Instant.now());
            return new Output(ZIP, name, out -> new MastodonArchiveWriter().write(document, options, out, tempDir));
        });
    }
}
