package dev.fledge.render.normalized;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.fledge.model.ArchiveDocument;
import dev.fledge.model.ArchiveWarning;
import dev.fledge.model.DirectMessageConversation;
import dev.fledge.model.DirectMessageEvent;
import dev.fledge.model.Post;
import dev.fledge.model.Profile;
import dev.fledge.model.Relationship;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Writes an archive in Fledge's normalized format (docs/normalized-format.md): one JSON document or NDJSON records,
 * streamed with Jackson's generator straight into the output. Nothing but the record being written is held: posts
 * come one at a time from {@link ArchiveDocument#posts()} (oldest first), likes, relationships, lists and
 * conversations from the document's {@code forEach…} streams.
 *
 * <p>Order (the same in both formats): source, account, profile, posts, likes, followers, following, blocks, mutes,
 * lists, direct message conversations, the media summary, warnings. Kinds left out by the options are not written
 * at all (the document has no such member).
 *
 * <p>Failures: when reading the archive again fails after output has started, the document is left cut (invalid
 * JSON) and NDJSON ends with an {@code error} record; the failure is rethrown so that the caller can end the
 * connection.
 */
public final class NormalizedWriter {
    /** The {@code schema} value of this version of the format; it changes only with an incompatible change. */
    public static final String SCHEMA_ID = "https://fledge.dev/schemas/normalized/v1";

    private final NormalizedOptions options;

    public NormalizedWriter(NormalizedOptions options) {
        this.options = options;
    }

    /**
     * Writes {@code document} to {@code out} (buffered here, flushed at the end, never closed). The document must
     * have been read with the optional data the options need (likes, relationships, lists, direct messages).
     *
     * @return how many records were written
     * @throws IOException      when writing fails
     * @throws RuntimeException when reading the archive again fails (after the output was ended as described above)
     */
    public NormalizedCounts write(ArchiveDocument document, NormalizedFormat format, OutputStream out)
            throws IOException {
        OutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        RecordLayout layout = format == NormalizedFormat.JSON ? new DocumentLayout(buffered) : new LineLayout(buffered);
        Run run = new Run(document, layout);
        try {
            run.writeAll();
            layout.finish();
            return run.counts();
        } catch (IOException | RuntimeException e) {
            layout.abort(e);
            throw e;
        }
    }

    /** One writing of one document. */
    private final class Run {
        private final ArchiveDocument document;
        private final RecordLayout layout;
        private final ModelFields.MediaTally media = new ModelFields.MediaTally();
        private final ModelFields fields;
        private long posts;
        private long likes;
        private final long[] related = new long[Relationship.values().length];
        private long lists;
        private long conversations;
        private long warnings;

        Run(ArchiveDocument document, RecordLayout layout) {
            this.document = document;
            this.layout = layout;
            this.fields = new ModelFields(layout.generator(), options.includes(NormalizedKind.MEDIA),
                    document.knownAccounts(), media);
        }

        void writeAll() throws IOException {
            layout.begin(SCHEMA_ID);
            source();
            layout.beginRecord("account", "account");
            fields.account(document.account());
            layout.endRecord();
            Profile profile = document.profile();
            if (profile != null) {
                layout.beginRecord("profile", "profile");
                fields.profile(profile);
                layout.endRecord();
            }
            if (options.anyPosts()) {
                posts();
            }
            if (options.includes(NormalizedKind.LIKES)) {
                layout.beginList("likes");
                document.forEachLike(like -> record("like", () -> {
                    fields.like(like);
                    likes++;
                }));
                layout.endList();
            }
            if (options.includes(NormalizedKind.RELATIONSHIPS)) {
                related("followers", "follower", Relationship.FOLLOWER);
                related("following", "following", Relationship.FOLLOWING);
                related("blocks", "block", Relationship.BLOCKED);
                related("mutes", "mute", Relationship.MUTED);
            }
            if (options.includes(NormalizedKind.LISTS)) {
                layout.beginList("lists");
                document.forEachList(list -> record("list", () -> {
                    fields.list(list);
                    lists++;
                }));
                layout.endList();
            }
            if (options.includes(NormalizedKind.DIRECT_MESSAGES)) {
                layout.beginList("directMessages");
                document.forEachConversation(this::conversation);
                layout.endList();
            }
            if (options.includes(NormalizedKind.MEDIA)) {
                JsonGenerator g = layout.beginRecord("media", "media");
                g.writeNumberField("filesInArchive", document.counts().mediaFiles());
                g.writeNumberField("items", media.items);
                g.writeNumberField("itemsWithFile", media.withFile);
                g.writeNumberField("itemsWithoutFile", media.items - media.withFile);
                layout.endRecord();
            }
            layout.beginList("warnings");
            for (ArchiveWarning warning : document.warnings()) {
                layout.beginRecord(null, "warning");
                fields.string("file", warning.file());
                fields.number("line", warning.line());
                fields.number("column", warning.column());
                fields.string("message", warning.message());
                layout.endRecord();
                warnings++;
            }
            layout.endList();
        }

        private void source() throws IOException {
            JsonGenerator g = layout.beginRecord("source", "source");
            g.writeStringField("generation", ModelFields.generation(document.generation()));
            fields.instant("generatedAt", document.generatedAt());
            g.writeArrayFieldStart("unreadDataTypes");
            for (String type : document.skippedDataTypes()) {
                g.writeString(Texts.wellFormed(type));
            }
            g.writeEndArray();
            g.writeObjectFieldStart("selection");
            g.writeArrayFieldStart("kinds");
            for (NormalizedKind kind : options.kinds()) {
                g.writeString(kind.optionName());
            }
            g.writeEndArray();
            fields.instant("since", options.since());
            fields.instant("until", options.until());
            g.writeEndObject();
            layout.endRecord();
        }

        private void posts() throws IOException {
            layout.beginList("posts");
            for (Iterator<Post> it = document.posts(); it.hasNext(); ) {
                Post post = it.next();
                if (options.until() != null && post.createdAt() != null && !post.createdAt().isBefore(options.until())) {
                    break; // oldest first: nothing later is in the window
                }
                if (selected(post)) {
                    layout.beginRecord(null, "post");
                    fields.post(post);
                    layout.endRecord();
                    posts++;
                }
            }
            layout.endList();
        }

        private boolean selected(Post post) {
            NormalizedKind kind = switch (post.kind()) {
                case POST, QUOTE -> NormalizedKind.POSTS;
                case REPLY -> NormalizedKind.REPLIES;
                case RETWEET -> NormalizedKind.RETWEETS;
            };
            return options.includes(kind) && options.inWindow(post.createdAt());
        }

        private void related(String section, String recordType, Relationship relationship) throws IOException {
            layout.beginList(section);
            document.forEachRelatedAccount(relationship, account -> record(recordType, () -> {
                fields.relatedAccount(account.accountId(), account.userLink());
                related[relationship.ordinal()]++;
            }));
            layout.endList();
        }

        private void conversation(DirectMessageConversation conversation) {
            if (options.dated() && conversation.events().stream().map(DirectMessageEvent::createdAt)
                    .noneMatch(options::inWindow)) {
                return;
            }
            record("directMessageConversation", () -> {
                fields.conversation(conversation, options);
                conversations++;
            });
        }

        /** Writes one record from inside a {@code forEach…} callback. */
        private void record(String recordType, FieldsWriter body) {
            try {
                layout.beginRecord(null, recordType);
                body.write();
                layout.endRecord();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        NormalizedCounts counts() {
            return new NormalizedCounts(posts, likes, related[Relationship.FOLLOWER.ordinal()],
                    related[Relationship.FOLLOWING.ordinal()], related[Relationship.BLOCKED.ordinal()],
                    related[Relationship.MUTED.ordinal()], lists, conversations, media.items, warnings);
        }
    }

    @FunctionalInterface
    private interface FieldsWriter {
        void write() throws IOException;
    }
}
