package dev.fledge.render.activitystreams;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.fledge.model.Account;
import dev.fledge.model.ArchiveDocument;
import dev.fledge.model.MediaFileRef;
import dev.fledge.model.MediaKind;
import dev.fledge.model.PostMedia;
import dev.fledge.model.Relationship;
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
import dev.fledge.render.activitypub.OutboxPass;
import dev.fledge.render.activitypub.ProfileFields;
import dev.fledge.render.activitypub.ZipWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Writes an X archive as pure ActivityStreams 2.0 documents with absolute IRIs: a ZIP holding
 * <ul>
 * <li>{@code outbox/page-N.json}: {@code OrderedCollectionPage}s, newest first, with {@code partOf}, {@code prev}/
 *     {@code next} and {@code startIndex}; posts as {@code Create}s of {@code Note}s, retweets as {@code Announce}s
 *     (with {@code retweets=announce}, the default here) of the original post where it can be derived;</li>
 * <li>{@code outbox.json}: the {@code OrderedCollection} with {@code totalItems}, {@code first}, {@code last};</li>
 * <li>{@code media/<media id>.<ext>} (and {@code media/avatar.*}, {@code media/header.*}): the media files, stored;
 *     attachment {@code url}s point there under {@code mediaBaseUrl}, or at X's servers without it;</li>
 * <li>{@code actor.json} ({@code Person}), {@code liked.json}, {@code following.json}, {@code followers.json}
 *     ({@code OrderedCollection}s of IRIs) and {@code report.json}.</li>
 * </ul>
 * Each document can also be written alone ({@link #writeActor}, {@link #spoolOutbox} then
 * {@link OutboxSpool#writePage}/{@link OutboxSpool#writeCollection}, {@link #writeLiked}, {@link #writeFollowing},
 * {@link #writeFollowers}). Memory: the post selection's id sets and 8 bytes per activity (page offsets); the
 * activities and the list of media files wait in temporary files in {@code tempDir}.
 */
public final class ActivityStreamsWriter {
    /** The target's name in report.json. */
    public static final String TARGET = "activitystreams";
    /** Folder of the media files in the ZIP. */
    public static final String MEDIA_FOLDER = "media/";

    /**
     * Writes the ZIP into {@code out} (left open) and returns the report it contains.
     *
     * @param tempDir an existing folder for the writer's temporary files, which it deletes
     */
    public ConversionReport writeZip(ArchiveDocument document, ActivityStreamsOptions options, OutputStream out,
                                     Path tempDir) throws IOException {
        Instant now = Instant.now();
        ConversionOptions common = options.common();
        ActorIris iris = ActorIris.of(document.account(), common.actorUrl());
        EffectiveVisibility visibility = EffectiveVisibility.of(common, document.account());
        ConversionReport report = new ConversionReport(TARGET);
        report.visibility(visibility);
        try (ZipWriter zip = new ZipWriter(out, now, tempDir)) {
            writeZip(document, options, zip, tempDir, now, iris, visibility, report);
        }
        return report;
    }

    private void writeZip(ArchiveDocument document, ActivityStreamsOptions options, ZipWriter zip, Path tempDir,
                          Instant now, ActorIris iris, EffectiveVisibility visibility, ConversionReport report)
            throws IOException {
        ConversionOptions common = options.common();
        int pages;
        try (MediaCopyList copies = new MediaCopyList(tempDir);
             OutboxSpool spool = spool(document, options, tempDir, report, copies)) {
            copies.forEach((from, to) -> zip.copyStored(document, from, to));
            report.exported("mediaFiles", copies.size());
            pages = spool.pages();
            for (int page = 1; page <= pages; page++) {
                int number = page;
                zip.json("outbox/page-" + page + ".json", false, g -> spool.writePage(g, number));
            }
            zip.json("outbox.json", false, spool::writeCollection);
            report.exported("outboxPages", pages);
        }
        String avatar = copyProfileImage(zip, document, options, "avatar", profileRef(document, true));
        String header = copyProfileImage(zip, document, options, "header", profileRef(document, false));
        report.exportedFlag("avatar", avatar != null);
        report.exportedFlag("header", header != null);
        zip.json("actor.json", false, g -> actor(g, document, options, iris, avatar, header));
        zip.json("liked.json", false, g -> report.exported("likes", liked(g, document, options, iris)));
        zip.json("following.json", false, g -> report.exported("following",
                related(g, document, options, iris.following(), Relationship.FOLLOWING)));
        zip.json("followers.json", false, g -> report.exported("followers",
                related(g, document, options, iris.followers(), Relationship.FOLLOWER)));
        notes(report, visibility, options);
        Map<String, Object> reportOptions = ConversionReport.optionsOf(common, visibility);
        reportOptions.put("mediaBaseUrl", options.mediaBaseUrl());
        reportOptions.put("pageSize", (long) options.pageSize());
        zip.json("report.json", true, g -> report.write(g, document, reportOptions, now));
        zip.finish();
    }

    /**
     * Makes the pass over the posts for a single outbox document: the returned spool writes {@code outbox.json} or
     * any page. Close it (it deletes its file in {@code tempDir}).
     */
    public OutboxSpool spoolOutbox(ArchiveDocument document, ActivityStreamsOptions options, Path tempDir)
            throws IOException {
        ConversionReport report = new ConversionReport(TARGET);
        try (MediaCopyList copies = new MediaCopyList(tempDir)) {
            return spool(document, options, tempDir, report, copies);
        }
    }

    /** Writes {@code actor.json} alone. Its avatar and header URLs are those the ZIP would carry. */
    public void writeActor(ArchiveDocument document, ActivityStreamsOptions options, OutputStream out)
            throws IOException {
        ActorIris iris = ActorIris.of(document.account(), options.common().actorUrl());
        String avatar = profileFile(document, options, "avatar", profileRef(document, true));
        String header = profileFile(document, options, "header", profileRef(document, false));
        try (JsonGenerator g = JsonOutput.compact(out)) {
            actor(g, document, options, iris, avatar, header);
        }
    }

    /** Writes {@code liked.json} alone. */
    public void writeLiked(ArchiveDocument document, ActivityStreamsOptions options, OutputStream out)
            throws IOException {
        ActorIris iris = ActorIris.of(document.account(), options.common().actorUrl());
        try (JsonGenerator g = JsonOutput.compact(out)) {
            liked(g, document, options, iris);
        }
    }

    /** Writes {@code following.json} alone. */
    public void writeFollowing(ArchiveDocument document, ActivityStreamsOptions options, OutputStream out)
            throws IOException {
        ActorIris iris = ActorIris.of(document.account(), options.common().actorUrl());
        try (JsonGenerator g = JsonOutput.compact(out)) {
            related(g, document, options, iris.following(), Relationship.FOLLOWING);
        }
    }

    /** Writes {@code followers.json} alone. */
    public void writeFollowers(ArchiveDocument document, ActivityStreamsOptions options, OutputStream out)
            throws IOException {
        ActorIris iris = ActorIris.of(document.account(), options.common().actorUrl());
        try (JsonGenerator g = JsonOutput.compact(out)) {
            related(g, document, options, iris.followers(), Relationship.FOLLOWER);
        }
    }

    private OutboxSpool spool(ArchiveDocument document, ActivityStreamsOptions options, Path tempDir,
                              ConversionReport report, MediaCopyList copies) throws IOException {
        ConversionOptions common = options.common();
        ActorIris iris = ActorIris.of(document.account(), common.actorUrl());
        EffectiveVisibility visibility = EffectiveVisibility.of(common, document.account());
        ContentHtml html = new ContentHtml(iris, common.mentions());
        ActivityJson activities = new ActivityJson(ActivityJson.Dialect.ACTIVITY_STREAMS, iris, visibility.value());
        OutboxSpool spool = new OutboxSpool(tempDir, activities, iris, options.pageSize());
        try {
            OutboxPass pass = new OutboxPass(document, common, html, report, copies,
                    media -> placeMedia(document, options, media));
            pass.run(spool::append);
            spool.complete();
            return spool;
        } catch (IOException | RuntimeException e) {
            spool.close();
            throw e;
        }
    }

    private static OutboxPass.Placed placeMedia(ArchiveDocument document, ActivityStreamsOptions options,
                                                PostMedia media) {
        String type = media.kind() == MediaKind.PHOTO ? "Image" : "Video";
        boolean copied = options.common().includeMedia() && media.archivePath() != null
                && document.mediaFile(media.archivePath()).isPresent();
        if (copied) {
            long key = MediaItems.key(media);
            String file = Long.toUnsignedString(key) + "." + MediaItems.extension(media);
            boolean hosted = options.mediaBaseUrl() != null;
            String url = hosted ? options.mediaBaseUrl() + "/" + file : MediaItems.xUrl(media);
            if (url != null) {
                String mediaType = hosted ? MediaItems.mediaType(media) : MediaItems.xUrlMediaType(media);
                return OutboxPass.Placed.copied(new ActivityJson.Attachment(type, mediaType, url, media.altText(),
                        media.width(), media.height()), media.archivePath(), MEDIA_FOLDER + file, key);
            }
        }
        String xUrl = MediaItems.xUrl(media);
        if (!ContentHtml.isWebUrl(xUrl)) {
            return OutboxPass.Placed.leftOut(options.common().includeMedia() ? OutboxPass.Placed.MISSING
                    : OutboxPass.Placed.EXCLUDED);
        }
        return OutboxPass.Placed.linked(new ActivityJson.Attachment(type, MediaItems.xUrlMediaType(media), xUrl,
                media.altText(), media.width(), media.height()));
    }

    private static MediaFileRef profileRef(ArchiveDocument document, boolean avatar) {
        if (document.profile() == null) {
            return null;
        }
        return avatar ? document.profile().avatar() : document.profile().header();
    }

    /** The file name under media/ of the avatar or header when the ZIP carries it, else null. */
    private static String profileFile(ArchiveDocument document, ActivityStreamsOptions options, String name,
                                      MediaFileRef ref) {
        if (!options.common().includeMedia() || ref == null || ref.archivePath() == null
                || document.mediaFile(ref.archivePath()).isEmpty()) {
            return null;
        }
        String extension = MediaItems.extensionOf(ref.archivePath());
        return name + "." + (extension == null ? "jpg" : extension);
    }

    private static String copyProfileImage(ZipWriter zip, ArchiveDocument document, ActivityStreamsOptions options,
                                           String name, MediaFileRef ref) throws IOException {
        String file = profileFile(document, options, name, ref);
        if (file != null) {
            zip.copyStored(document, ref.archivePath(), MEDIA_FOLDER + file);
        }
        return file;
    }

    private static void actor(JsonGenerator g, ArchiveDocument document, ActivityStreamsOptions options,
                              ActorIris iris, String avatarFile, String headerFile) throws IOException {
        Account account = document.account();
        ContentHtml html = new ContentHtml(iris, options.common().mentions());
        g.writeStartObject();
        JsonLdContexts.activityStreamsActor(g);
        g.writeStringField("id", iris.actor());
        g.writeStringField("type", "Person");
        g.writeStringField("preferredUsername", ProfileFields.preferredUsername(account));
        g.writeStringField("name", ProfileFields.name(account));
        ProfileFields.summary(g, document.profile(), html);
        g.writeStringField("url", iris.actor());
        g.writeStringField("inbox", iris.inbox());
        g.writeStringField("outbox", iris.outbox());
        g.writeStringField("followers", iris.followers());
        g.writeStringField("following", iris.following());
        g.writeStringField("liked", iris.liked());
        if (account != null && account.createdAt() != null) {
            g.writeStringField("published", AsDates.format(account.createdAt()));
        }
        g.writeBooleanField("manuallyApprovesFollowers", account != null
                && Boolean.TRUE.equals(account.protectedAccount()));
        g.writeBooleanField("discoverable", false);
        g.writeBooleanField("indexable", false);
        g.writeBooleanField("memorial", false);
        image(g, "icon", imageUrl(options, avatarFile, profileRef(document, true)));
        image(g, "image", imageUrl(options, headerFile, profileRef(document, false)));
        ProfileFields.attachment(g, document.profile());
        g.writeEndObject();
    }

    private static String imageUrl(ActivityStreamsOptions options, String file, MediaFileRef ref) {
        if (file != null && options.mediaBaseUrl() != null) {
            return options.mediaBaseUrl() + "/" + file;
        }
        return ref != null && ContentHtml.isWebUrl(ref.originalUrl()) ? ref.originalUrl() : null;
    }

    private static void image(JsonGenerator g, String field, String url) throws IOException {
        if (url == null) {
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("type", "Image");
        g.writeStringField("mediaType", MediaItems.typeOfExtension(MediaItems.extensionOf(url), MediaKind.PHOTO));
        g.writeStringField("url", url);
        g.writeEndObject();
    }

    private static long liked(JsonGenerator g, ArchiveDocument document, ActivityStreamsOptions options,
                              ActorIris iris) throws IOException {
        return collection(g, iris.liked(), consumer -> {
            if (options.common().includeLikes()) {
                document.forEachLike(like -> {
                    if (like.tweetId() != null && !like.tweetId().isBlank()) {
                        consumer.accept(ActorIris.xStatus(like.tweetId()));
                    }
                });
            }
        });
    }

    private static long related(JsonGenerator g, ArchiveDocument document, ActivityStreamsOptions options, String id,
                                Relationship relationship) throws IOException {
        return collection(g, id, consumer -> {
            if (options.common().includeRelationships()) {
                document.forEachRelatedAccount(relationship, account -> {
                    if (account.accountId() != null && !account.accountId().isBlank()) {
                        consumer.accept(ActorIris.xUser(account.accountId()));
                    }
                });
            }
        });
    }

    /** A streamed source of IRIs. */
    @FunctionalInterface
    private interface IriSource {
        void forEach(java.util.function.Consumer<String> consumer);
    }

    /** An {@code OrderedCollection} with its items inline; {@code totalItems} after them (counted while writing). */
    private static long collection(JsonGenerator g, String id, IriSource source) throws IOException {
        g.writeStartObject();
        JsonLdContexts.plain(g);
        g.writeStringField("id", id);
        g.writeStringField("type", "OrderedCollection");
        g.writeArrayFieldStart("orderedItems");
        long[] count = {0};
        try {
            source.forEach(iri -> {
                try {
                    g.writeString(iri);
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        g.writeEndArray();
        g.writeNumberField("totalItems", count[0]);
        g.writeEndObject();
        return count[0];
    }

    private static void notes(ConversionReport report, EffectiveVisibility visibility, ActivityStreamsOptions options) {
        if (visibility.reason().equals("protected-account")) {
            report.note("The account was protected when the archive was made, so every post is addressed to "
                    + "followers only. Pass visibility=public or visibility=unlisted to change that.");
        }
        if (options.mediaBaseUrl() == null && report.exportedCount("attachments") > 0) {
            report.note("Attachment URLs point to X's servers (the archive's media URLs). Host the media/ folder and "
                    + "pass mediaBaseUrl to point them at your copies.");
        }
        report.note("X accounts have no ActivityPub actor: followers and following are https://x.com/i/user/<id> "
                + "IRIs, liked posts their X URLs, and mentions links to X profiles.");
        report.note("Direct messages are never exported.");
    }
}
