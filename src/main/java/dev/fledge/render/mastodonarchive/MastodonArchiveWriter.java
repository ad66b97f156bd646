package dev.fledge.render.mastodonarchive;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.fledge.model.Account;
import dev.fledge.model.ArchiveDocument;
import dev.fledge.model.MediaFileRef;
import dev.fledge.model.MediaKind;
import dev.fledge.model.PostMedia;
import dev.fledge.render.activitypub.ActivityJson;
import dev.fledge.render.activitypub.ActorIris;
import dev.fledge.render.activitypub.AsDates;
import dev.fledge.render.activitypub.ContentHtml;
import dev.fledge.render.activitypub.ConversionOptions;
import dev.fledge.render.activitypub.ConversionReport;
import dev.fledge.render.activitypub.EffectiveVisibility;
import dev.fledge.render.activitypub.JsonLdContexts;
import dev.fledge.render.activitypub.JsonOutput;
import dev.fledge.render.activitypub.MediaCopyList;
import dev.fledge.render.activitypub.MediaItems;
import dev.fledge.render.activitypub.MentionStyle;
import dev.fledge.render.activitypub.OutboxPass;
import dev.fledge.render.activitypub.ProfileFields;
import dev.fledge.render.activitypub.Visibility;
import dev.fledge.render.activitypub.ZipWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes an X archive as a Mastodon account archive (the ZIP of Mastodon's "Request your archive"), streamed:
 * <ol>
 * <li>{@code outbox.json}: the full Mastodon context, {@code id} {@code "outbox.json"}, an {@code OrderedCollection}
 *     whose {@code orderedItems} are the posts oldest first as {@code Create} activities of {@code Note}s (retweets
 *     as {@code Announce}s only with {@code retweets=announce}), then {@code totalItems} (the number of items);</li>
 * <li>{@code media_attachments/files/<media id in 3-digit groups>/original/<16 hex>.<ext>}: every media file of
 *     the exported posts, once, stored (not recompressed); each attachment's {@code url} is exactly this path and
 *     the 16 hex digits (a bijection of the media id) make every base name unique;</li>
 * <li>{@code likes.json} (the liked posts' X URLs) and {@code bookmarks.json} (empty: X archives have no
 *     bookmarks), with the plain string context and no {@code totalItems};</li>
 * <li>{@code avatar.<ext>} and {@code header.<ext>} when the archive has them;</li>
 * <li>{@code actor.json}: the {@code Person}, {@code @context} an array, {@code outbox}/{@code likes}/
 *     {@code bookmarks} and {@code icon}/{@code image} pointing at the files above;</li>
 * <li>{@code report.json}: what was exported and what was left out, per reason.</li>
 * </ol>
 * Memory: the post selection's id sets; media to copy are listed in a temporary file in {@code tempDir}.
 */
public final class MastodonArchiveWriter {
    /** The target's name in report.json. */
    public static final String TARGET = "mastodon-archive";
    /** Prefix of media paths in the ZIP (Mastodon's Paperclip layout with {@code /system/} removed). */
    public static final String MEDIA_FOLDER = "media_attachments/files/";

    /**
     * Writes the ZIP into {@code out} (left open) and returns the report it contains.
     *
     * @param tempDir an existing folder for the writer's temporary files, which it deletes
     */
    public ConversionReport write(ArchiveDocument document, ConversionOptions options, OutputStream out, Path tempDir)
            throws IOException {
        Instant now = Instant.now();
        Account account = document.account();
        ActorIris iris = ActorIris.of(account, options.actorUrl());
        EffectiveVisibility visibility = EffectiveVisibility.of(options, account);
        ConversionReport report = new ConversionReport(TARGET);
        report.visibility(visibility);
        ContentHtml html = new ContentHtml(iris, options.mentions());
        ActivityJson activities = new ActivityJson(ActivityJson.Dialect.MASTODON_ARCHIVE, iris, visibility.value());
        try (ZipWriter zip = new ZipWriter(out, now, tempDir)) {
            write(document, options, zip, tempDir, now, iris, visibility, report, html, activities);
        }
        return report;
    }

    private static void write(ArchiveDocument document, ConversionOptions options, ZipWriter zip, Path tempDir,
                              Instant now, ActorIris iris, EffectiveVisibility visibility, ConversionReport report,
                              ContentHtml html, ActivityJson activities) throws IOException {
        try (MediaCopyList copies = new MediaCopyList(tempDir)) {
            OutboxPass pass = new OutboxPass(document, options, html, report, copies,
                    media -> placeMedia(document, options, media));
            zip.begin("outbox.json");
            try (JsonGenerator g = JsonOutput.compact(zip.stream())) {
                g.writeStartObject();
                JsonLdContexts.mastodonOutbox(g);
                g.writeStringField("id", "outbox.json");
                g.writeStringField("type", "OrderedCollection");
                g.writeArrayFieldStart("orderedItems");
                long items = pass.run(item -> activities.write(g, item));
                g.writeEndArray();
                g.writeNumberField("totalItems", items);
                g.writeEndObject();
            }
            zip.closeEntry();
            copies.forEach((from, to) -> zip.copyStored(document, from, to));
            report.exported("mediaFiles", copies.size());
        }

        zip.json("likes.json", false, g -> likes(g, document, options, report));
        zip.json("bookmarks.json", false, g -> {
            g.writeStartObject();
            JsonLdContexts.plain(g);
            g.writeStringField("id", "bookmarks.json");
            g.writeStringField("type", "OrderedCollection");
            g.writeArrayFieldStart("orderedItems");
            g.writeEndArray();
            g.writeEndObject();
        });
        String avatar = profileImage(zip, document, options, "avatar", document.profile() == null ? null
                : document.profile().avatar());
        String header = profileImage(zip, document, options, "header", document.profile() == null ? null
                : document.profile().header());
        report.exportedFlag("avatar", avatar != null);
        report.exportedFlag("header", header != null);
        zip.json("actor.json", false, g -> actor(g, document, iris, html, avatar, header));
        notes(report, visibility, options);
        zip.json("report.json", true, g -> report.write(g, document, ConversionReport.optionsOf(options, visibility), now));
        zip.finish();
    }

    /** The ZIP path of a media file: Mastodon's {@code files/<id groups>/original/<16 hex>.<ext>} layout. */
    public static String mediaPath(long key, String extension) {
        return MEDIA_FOLDER + MediaItems.digitGroups(key) + "/original/" + MediaItems.hex16(key) + "." + extension;
    }

    private static OutboxPass.Placed placeMedia(ArchiveDocument document, ConversionOptions options, PostMedia media) {
        if (!options.includeMedia()) {
            return OutboxPass.Placed.leftOut(OutboxPass.Placed.EXCLUDED);
        }
        if (media.archivePath() == null || document.mediaFile(media.archivePath()).isEmpty()) {
            return OutboxPass.Placed.leftOut(OutboxPass.Placed.MISSING);
        }
        long key = MediaItems.key(media);
        String path = mediaPath(key, MediaItems.extension(media));
        ActivityJson.Attachment attachment = new ActivityJson.Attachment("Document", MediaItems.mediaType(media), path,
                media.altText(), media.width(), media.height());
        return OutboxPass.Placed.copied(attachment, media.archivePath(), path, key);
    }

    private static void likes(JsonGenerator g, ArchiveDocument document, ConversionOptions options,
                              ConversionReport report) throws IOException {
        g.writeStartObject();
        JsonLdContexts.plain(g);
        g.writeStringField("id", "likes.json");
        g.writeStringField("type", "OrderedCollection");
        g.writeArrayFieldStart("orderedItems");
        long[] count = {0};
        if (options.includeLikes()) {
            try {
                document.forEachLike(like -> {
                    if (like.tweetId() != null && !like.tweetId().isBlank()) {
                        try {
                            g.writeString(ActorIris.xStatus(like.tweetId()));
                            count[0]++;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        report.exported("likes", count[0]);
    }

    /** Copies the avatar or header as {@code <name>.<ext>}; returns the file name, or null when there is none. */
    private static String profileImage(ZipWriter zip, ArchiveDocument document, ConversionOptions options, String name,
                                       MediaFileRef ref) throws IOException {
        if (!options.includeMedia() || ref == null || ref.archivePath() == null
                || document.mediaFile(ref.archivePath()).isEmpty()) {
            return null;
        }
        String extension = MediaItems.extensionOf(ref.archivePath());
        String file = name + "." + (extension == null ? "jpg" : extension);
        zip.copyStored(document, ref.archivePath(), file);
        return file;
    }

    private static void actor(JsonGenerator g, ArchiveDocument document, ActorIris iris, ContentHtml html,
                              String avatar, String header) throws IOException {
        Account account = document.account();
        g.writeStartObject();
        JsonLdContexts.mastodonActor(g);
        g.writeStringField("id", iris.actor());
        g.writeStringField("type", "Person");
        g.writeStringField("following", iris.following());
        g.writeStringField("followers", iris.followers());
        g.writeStringField("inbox", iris.inbox());
        g.writeStringField("outbox", "outbox.json");
        g.writeStringField("preferredUsername", ProfileFields.preferredUsername(account));
        g.writeStringField("name", ProfileFields.name(account));
        ProfileFields.summary(g, document.profile(), html);
        g.writeStringField("url", iris.actor());
        g.writeBooleanField("manuallyApprovesFollowers", account != null
                && Boolean.TRUE.equals(account.protectedAccount()));
        g.writeBooleanField("discoverable", false);
        g.writeBooleanField("indexable", false);
        if (account != null && account.createdAt() != null) {
            g.writeStringField("published", AsDates.formatDay(account.createdAt()));
        }
        g.writeBooleanField("memorial", false);
        g.writeArrayFieldStart("tag");
        g.writeEndArray();
        ProfileFields.attachment(g, document.profile());
        image(g, "icon", avatar);
        image(g, "image", header);
        g.writeStringField("likes", "likes.json");
        g.writeStringField("bookmarks", "bookmarks.json");
        g.writeEndObject();
    }

    private static void image(JsonGenerator g, String field, String file) throws IOException {
        if (file == null) {
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("type", "Image");
        g.writeStringField("mediaType", MediaItems.typeOfExtension(MediaItems.extensionOf(file), MediaKind.PHOTO));
        g.writeStringField("url", file);
        g.writeEndObject();
    }

    private static void notes(ConversionReport report, EffectiveVisibility visibility, ConversionOptions options) {
        report.note("Mastodon cannot import posts. Misskey and Sharkey (Settings, Import notes: upload this ZIP "
                + "under its own name) and GoToSocial (slurp archive import, on the unzipped folder) can.");
        if (visibility.reason().equals("protected-account")) {
            report.note("The account was protected when the archive was made, so every post is addressed to "
                    + "followers only. Pass visibility=public or visibility=unlisted to change that.");
        }
        if (visibility.value() == Visibility.FOLLOWERS) {
            report.note("Followers-only posts are imported as such by Misskey and Sharkey; slurp (GoToSocial) skips "
                    + "them.");
        }
        if (report.exportedCount("announces") > 0) {
            report.note("Announces (retweets) are ignored by Misskey, Sharkey and slurp.");
        }
        if (options.mentions() != MentionStyle.DEFUSE) {
            report.note("With mentions=" + options.mentions().name().toLowerCase(java.util.Locale.ROOT)
                    + ", slurp skips posts that mention someone, and Misskey may link a local user of the same name.");
        }
        report.note("Likes are listed by their X URL in likes.json; no known importer reads that file. "
                + "bookmarks.json is empty: X archives hold no bookmarks.");
        report.note("Direct messages are never exported.");
    }
}
