package dev.fledge.render.activitypub;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/**
 * The {@code @context} values of the documents both targets write. Mastodon's extension terms are copied as
 * Mastodon defines them ({@code app/helpers/context_helper.rb}, including its {@code http://schema.org#} quirk), so
 * consumers that match terms by name and JSON-LD processors that match by IRI agree.
 */
public final class JsonLdContexts {
    public static final String ACTIVITY_STREAMS = "https://www.w3.org/ns/activitystreams";
    public static final String SECURITY = "https://w3id.org/security/v1";
    private static final String TOOT = "http://joinmastodon.org/ns#";

    private JsonLdContexts() {
    }

    /** The plain string context (likes.json, bookmarks.json, AS2 collections). */
    public static void plain(JsonGenerator g) throws IOException {
        g.writeStringField("@context", ACTIVITY_STREAMS);
    }

    /** Mastodon's full context, as its archive's outbox.json carries it. */
    public static void mastodonOutbox(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("@context");
        g.writeString(ACTIVITY_STREAMS);
        g.writeString(SECURITY);
        g.writeStartObject();
        g.writeStringField("manuallyApprovesFollowers", "as:manuallyApprovesFollowers");
        g.writeStringField("sensitive", "as:sensitive");
        g.writeStringField("Hashtag", "as:Hashtag");
        idTerm(g, "movedTo", "as:movedTo");
        idTerm(g, "alsoKnownAs", "as:alsoKnownAs");
        g.writeStringField("toot", TOOT);
        g.writeStringField("Emoji", "toot:Emoji");
        idTerm(g, "featured", "toot:featured");
        idTerm(g, "featuredTags", "toot:featuredTags");
        schema(g);
        g.writeStringField("ostatus", "http://ostatus.org#");
        g.writeStringField("atomUri", "ostatus:atomUri");
        g.writeStringField("inReplyToAtomUri", "ostatus:inReplyToAtomUri");
        g.writeStringField("conversation", "ostatus:conversation");
        focalPoint(g);
        g.writeStringField("blurhash", "toot:blurhash");
        g.writeStringField("discoverable", "toot:discoverable");
        g.writeStringField("indexable", "toot:indexable");
        g.writeStringField("memorial", "toot:memorial");
        g.writeStringField("votersCount", "toot:votersCount");
        g.writeStringField("suspended", "toot:suspended");
        idTerm(g, "attributionDomains", "toot:attributionDomains");
        g.writeEndObject();
        g.writeEndArray();
    }

    /**
     * The context of Mastodon's actor.json: always an array (Misskey/Sharkey call {@code .some} on it), never a
     * litepub one (that switches them to their Pleroma path).
     */
    public static void mastodonActor(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("@context");
        g.writeString(ACTIVITY_STREAMS);
        g.writeString(SECURITY);
        g.writeStartObject();
        g.writeStringField("manuallyApprovesFollowers", "as:manuallyApprovesFollowers");
        g.writeStringField("toot", TOOT);
        idTerm(g, "featured", "toot:featured");
        idTerm(g, "featuredTags", "toot:featuredTags");
        idTerm(g, "alsoKnownAs", "as:alsoKnownAs");
        idTerm(g, "movedTo", "as:movedTo");
        schema(g);
        g.writeStringField("discoverable", "toot:discoverable");
        g.writeStringField("suspended", "toot:suspended");
        g.writeStringField("memorial", "toot:memorial");
        g.writeStringField("indexable", "toot:indexable");
        idTerm(g, "attributionDomains", "toot:attributionDomains");
        g.writeStringField("Hashtag", "as:Hashtag");
        g.writeStringField("Emoji", "toot:Emoji");
        focalPoint(g);
        g.writeEndObject();
        g.writeEndArray();
    }

    /** The context of pure-AS2 outbox pages: the AS context plus the Note extensions Mastodon reads. */
    public static void activityStreamsNotes(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("@context");
        g.writeString(ACTIVITY_STREAMS);
        g.writeStartObject();
        g.writeStringField("sensitive", "as:sensitive");
        g.writeStringField("Hashtag", "as:Hashtag");
        g.writeStringField("toot", TOOT);
        g.writeStringField("blurhash", "toot:blurhash");
        focalPoint(g);
        g.writeEndObject();
        g.writeEndArray();
    }

    /** The context of the pure-AS2 actor. */
    public static void activityStreamsActor(JsonGenerator g) throws IOException {
        g.writeArrayFieldStart("@context");
        g.writeString(ACTIVITY_STREAMS);
        g.writeStartObject();
        g.writeStringField("manuallyApprovesFollowers", "as:manuallyApprovesFollowers");
        g.writeStringField("toot", TOOT);
        g.writeStringField("discoverable", "toot:discoverable");
        g.writeStringField("indexable", "toot:indexable");
        g.writeStringField("memorial", "toot:memorial");
        schema(g);
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void schema(JsonGenerator g) throws IOException {
        g.writeStringField("schema", "http://schema.org#");
        g.writeStringField("PropertyValue", "schema:PropertyValue");
        g.writeStringField("value", "schema:value");
    }

    private static void focalPoint(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("focalPoint");
        g.writeStringField("@container", "@list");
        g.writeStringField("@id", "toot:focalPoint");
        g.writeEndObject();
    }

    private static void idTerm(JsonGenerator g, String term, String iri) throws IOException {
        g.writeObjectFieldStart(term);
        g.writeStringField("@id", iri);
        g.writeStringField("@type", "@id");
        g.writeEndObject();
    }
}
