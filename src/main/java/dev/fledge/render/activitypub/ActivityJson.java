package dev.fledge.render.activitypub;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Writes the activities of an outbox: {@code Create} of a {@code Note}, and {@code Announce} of a post's URL, in
 * one of two dialects. Both always write {@code to}, {@code cc}, {@code tag} and {@code attachment} as arrays and
 * dates as {@code YYYY-MM-DDTHH:MM:SSZ}, and never a {@code Mention} tag (X accounts have no fediverse actor).
 * <ul>
 * <li>{@link Dialect#MASTODON_ARCHIVE}: the keys and order of Mastodon's {@code NoteSerializer}, unset values as
 *     {@code null} as Mastodon writes them ({@code summary}, {@code inReplyTo}, {@code inReplyToAtomUri}, attachment
 *     {@code name}), attachments of type {@code Document};</li>
 * <li>{@link Dialect#ACTIVITY_STREAMS}: unset values left out, attachments typed {@code Image} or {@code Video}.</li>
 * </ul>
 */
public final class ActivityJson {

    /** Which flavour of JSON to write. */
    public enum Dialect { MASTODON_ARCHIVE, ACTIVITY_STREAMS }

    /**
     * A media attachment.
     *
     * @param type      {@code Document}, {@code Image} or {@code Video}
     * @param url       where the file is: a path inside the ZIP (Mastodon archive) or an absolute URL
     * @param name      the alt text, or null when the archive has none (never made up)
     * @param width     pixels, or null when unknown
     * @param height    pixels, or null when unknown
     */
    public record Attachment(String type, String mediaType, String url, String name, Integer width, Integer height) {
    }

    /** One activity of the outbox. */
    public sealed interface Item permits NoteItem, AnnounceItem {
        /** The X id of the post the activity comes from. */
        String postId();

        Instant published();
    }

    /**
     * A post as a {@code Note} in a {@code Create}.
     *
     * @param published       when the post was first published (an edited post's first version)
     * @param updated         when it was last edited, or null
     * @param url             its permalink on X
     * @param inReplyToPostId X id of the exported post it answers, or null
     * @param language        the {@code contentMap} key, or null
     */
    public record NoteItem(String postId, Instant published, Instant updated, String url, String inReplyToPostId,
                           boolean sensitive, String content, String language, List<Attachment> attachments,
                           List<ContentHtml.Hashtag> tags) implements Item {
    }

    /** A retweet as an {@code Announce} of the original post's URL. */
    public record AnnounceItem(String postId, Instant published, String object) implements Item {
    }

    private final Dialect dialect;
    private final ActorIris iris;
    private final List<String> to;
    private final List<String> cc;

    public ActivityJson(Dialect dialect, ActorIris iris, Visibility visibility) {
        this.dialect = dialect;
        this.iris = iris;
        this.to = visibility.to(iris.followers());
        this.cc = visibility.cc(iris.followers());
    }

    public void write(JsonGenerator g, Item item) throws IOException {
        if (item instanceof NoteItem note) {
            writeCreate(g, note);
        } else if (item instanceof AnnounceItem announce) {
            writeAnnounce(g, announce);
        }
    }

    private void activityHead(JsonGenerator g, Item item, String type) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", iris.activity(item.postId()));
        g.writeStringField("type", type);
        g.writeStringField("actor", iris.actor());
        g.writeStringField("published", AsDates.format(item.published()));
        JsonOutput.stringArray(g, "to", to);
        JsonOutput.stringArray(g, "cc", cc);
    }

    private void writeAnnounce(JsonGenerator g, AnnounceItem announce) throws IOException {
        activityHead(g, announce, "Announce");
        g.writeStringField("object", announce.object());
        g.writeEndObject();
    }

    private void writeCreate(JsonGenerator g, NoteItem note) throws IOException {
        activityHead(g, note, "Create");
        g.writeObjectFieldStart("object");
        String id = iris.status(note.postId());
        String inReplyTo = note.inReplyToPostId() == null ? null : iris.status(note.inReplyToPostId());
        g.writeStringField("id", id);
        g.writeStringField("type", "Note");
        boolean mastodon = dialect == Dialect.MASTODON_ARCHIVE;
        if (mastodon) {
            g.writeNullField("summary");
            nullable(g, "inReplyTo", inReplyTo);
            g.writeStringField("published", AsDates.format(note.published()));
            g.writeStringField("url", note.url() == null ? id : note.url());
            g.writeStringField("attributedTo", iris.actor());
            JsonOutput.stringArray(g, "to", to);
            JsonOutput.stringArray(g, "cc", cc);
            g.writeBooleanField("sensitive", note.sensitive());
            g.writeStringField("atomUri", id);
            nullable(g, "inReplyToAtomUri", inReplyTo);
            content(g, note);
        } else {
            g.writeStringField("attributedTo", iris.actor());
            g.writeStringField("published", AsDates.format(note.published()));
            g.writeStringField("url", note.url() == null ? id : note.url());
            JsonOutput.stringArray(g, "to", to);
            JsonOutput.stringArray(g, "cc", cc);
            if (inReplyTo != null) {
                g.writeStringField("inReplyTo", inReplyTo);
            }
            g.writeBooleanField("sensitive", note.sensitive());
            content(g, note);
        }
        g.writeArrayFieldStart("attachment");
        for (Attachment attachment : note.attachments()) {
            attachment(g, attachment, mastodon);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("tag");
        for (ContentHtml.Hashtag tag : note.tags()) {
            g.writeStartObject();
            g.writeStringField("type", "Hashtag");
            g.writeStringField("href", tag.href());
            g.writeStringField("name", tag.name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void content(JsonGenerator g, NoteItem note) throws IOException {
        g.writeStringField("content", note.content());
        if (note.language() != null && !note.content().isEmpty()) {
            g.writeObjectFieldStart("contentMap");
            g.writeStringField(note.language(), note.content());
            g.writeEndObject();
        }
        if (note.updated() != null) {
            g.writeStringField("updated", AsDates.format(note.updated()));
        }
    }

    private static void attachment(JsonGenerator g, Attachment a, boolean mastodon) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", a.type());
        g.writeStringField("mediaType", a.mediaType());
        g.writeStringField("url", a.url());
        if (mastodon) {
            nullable(g, "name", a.name());
        } else if (a.name() != null) {
            g.writeStringField("name", a.name());
        }
        if (a.width() != null && a.height() != null) {
            g.writeNumberField("width", a.width());
            g.writeNumberField("height", a.height());
        }
        g.writeEndObject();
    }

    private static void nullable(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeStringField(field, value);
        }
    }
}
