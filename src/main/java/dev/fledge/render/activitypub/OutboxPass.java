package dev.fledge.render.activitypub;

import dev.fledge.model.ArchiveDocument;
import dev.fledge.model.Post;
import dev.fledge.model.PostKind;
import dev.fledge.model.PostMedia;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The one pass over the posts (oldest first) that both fediverse targets make: each post is selected
 * ({@link PostSelection}), its media placed by the target ({@link MediaPlacement}), its content rendered
 * ({@link ContentHtml}), and the resulting activity handed to the target's {@link Sink}. Media files to copy are
 * added to a {@link MediaCopyList}, each once (by media key); the {@link ConversionReport} counts what was exported
 * and what was left out. Holds no post after handing it on.
 */
public final class OutboxPass {

    /** Where the target puts a media item: an attachment (maybe with a file to copy), or the reason it cannot. */
    @FunctionalInterface
    public interface MediaPlacement {
        Placed place(PostMedia media);
    }

    /**
     * The outcome of placing one media item.
     *
     * @param attachment        the attachment, or null when the item is left out
     * @param copyFrom          the archive file to copy into the output, or null
     * @param copyTo            its path in the output ZIP, or null
     * @param key               the media key (files are copied once per key)
     * @param leftOutReason     {@code media_missing} or {@code media_excluded} when {@code attachment} is null
     */
    public record Placed(ActivityJson.Attachment attachment, String copyFrom, String copyTo, long key,
                         String leftOutReason) {
        public static final String MISSING = "media_missing";
        public static final String EXCLUDED = "media_excluded";

        public static Placed linked(ActivityJson.Attachment attachment) {
            return new Placed(attachment, null, null, 0, null);
        }

        public static Placed copied(ActivityJson.Attachment attachment, String copyFrom, String copyTo, long key) {
            return new Placed(attachment, copyFrom, copyTo, key, null);
        }

        public static Placed leftOut(String reason) {
            return new Placed(null, null, null, 0, reason);
        }
    }

    /** Receives each exported activity, oldest first. */
    @FunctionalInterface
    public interface Sink {
        void accept(ActivityJson.Item item) throws IOException;
    }

    private final ArchiveDocument document;
    private final PostSelection selection;
    private final ContentHtml html;
    private final ConversionReport report;
    private final MediaCopyList copies;
    private final LongHashSet copiedKeys;
    private final MediaPlacement placement;

    public OutboxPass(ArchiveDocument document, ConversionOptions options, ContentHtml html, ConversionReport report,
                      MediaCopyList copies, MediaPlacement placement) {
        this.document = document;
        this.selection = new PostSelection(options, document.counts().posts());
        this.html = html;
        this.report = report;
        this.copies = copies;
        this.copiedKeys = new LongHashSet((int) Math.min(document.counts().mediaFiles(), 1 << 24));
        this.placement = placement;
    }

    /** Runs the pass; returns the number of activities handed to {@code sink}. */
    public long run(Sink sink) throws IOException {
        long items = 0;
        Iterator<Post> posts = document.posts();
        while (posts.hasNext()) {
            Post post = posts.next();
            PostSelection.Decision decision = selection.decide(post);
            switch (decision.action()) {
                case LEAVE_OUT -> report.leftOut(decision.reason());
                case ANNOUNCE -> {
                    sink.accept(new ActivityJson.AnnounceItem(post.id(), post.createdAt(),
                            post.retweetOf().originalUrl()));
                    report.exported("announces", 1);
                    items++;
                }
                case NOTE -> {
                    if (note(post, decision.inReplyToPostId(), sink)) {
                        items++;
                    }
                }
            }
        }
        report.leftOut(LeftOutReason.DELETED, document.counts().deletedPosts());
        report.leftOut(LeftOutReason.COMMUNITY, document.counts().communityPosts());
        return items;
    }

    private boolean note(Post post, String inReplyTo, Sink sink) throws IOException {
        List<Placed> placed = new ArrayList<>(post.media().size());
        List<String> mediaLeftOut = new ArrayList<>(0);
        for (PostMedia media : post.media()) {
            Placed p = placement.place(media);
            if (p.attachment() != null) {
                placed.add(p);
            } else {
                mediaLeftOut.add(p.leftOutReason());
            }
        }
        boolean hasText = post.text() != null && !post.text().isBlank();
        if (!hasText && placed.isEmpty()) {
            report.leftOut(mediaLeftOut.contains(Placed.MISSING) ? LeftOutReason.MEDIA_MISSING : LeftOutReason.EMPTY);
            return false;
        }
        mediaLeftOut.forEach(report::attachmentLeftOut);
        List<ActivityJson.Attachment> attachments = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            attachments.add(p.attachment());
            if (p.copyFrom() != null && copiedKeys.add(p.key())) {
                copies.add(p.copyFrom(), p.copyTo());
            }
        }
        Instant published = post.createdAt();
        Instant updated = null;
        if (!post.editHistory().isEmpty() && post.editHistory().get(0).createdAt() != null) {
            published = post.editHistory().get(0).createdAt();
            updated = post.createdAt();
        }
        sink.accept(new ActivityJson.NoteItem(post.id(), published, updated, post.url(), inReplyTo,
                Boolean.TRUE.equals(post.sensitive()), html.post(post.text(), post.entities()),
                Languages.contentMapKey(post.language()), attachments, html.hashtags(post.entities())));
        selection.exported(post);
        report.exported("notes", 1);
        if (post.kind() == PostKind.REPLY && post.replyTo() != null) {
            report.exported(post.replyTo().self() ? "selfReplies" : "repliesToOthers", 1);
        }
        if (inReplyTo != null) {
            report.exported("inReplyTo", 1);
        }
        report.exported("attachments", attachments.size());
        return true;
    }
}
