package dev.fledge.render.normalized;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.fledge.model.Account;
import dev.fledge.model.DirectMessage;
import dev.fledge.model.DirectMessageConversation;
import dev.fledge.model.DirectMessageEdit;
import dev.fledge.model.DirectMessageEvent;
import dev.fledge.model.DirectMessageEventKind;
import dev.fledge.model.DirectMessageLink;
import dev.fledge.model.DirectMessageReaction;
import dev.fledge.model.Generation;
import dev.fledge.model.KnownAccount;
import dev.fledge.model.KnownAccounts;
import dev.fledge.model.Like;
import dev.fledge.model.LinkEntity;
import dev.fledge.model.MediaFileRef;
import dev.fledge.model.MediaKind;
import dev.fledge.model.MentionEntity;
import dev.fledge.model.Post;
import dev.fledge.model.PostKind;
import dev.fledge.model.PostMedia;
import dev.fledge.model.PostVersion;
import dev.fledge.model.Profile;
import dev.fledge.model.ReplyTarget;
import dev.fledge.model.RetweetSource;
import dev.fledge.model.ScreenNameChange;
import dev.fledge.model.SourceApp;
import dev.fledge.model.StyleRange;
import dev.fledge.model.TagEntity;
import dev.fledge.model.TextStyle;
import dev.fledge.model.UserList;
import dev.fledge.model.UserListRelation;
import dev.fledge.model.VideoVariant;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Writes the fields of model records in the normalized format (docs/normalized-format.md,
 * openapi/schemas/normalized-document.schema.json). Rules kept everywhere: a member whose value is unknown (null in
 * the model) is left out; lists are always written, possibly empty (except media lists when media are excluded);
 * dates are RFC 3339 in UTC; ids are strings; enum values are lower camel case, spelled out here so that renaming
 * a Java constant cannot change the format. Strings from the archive go through {@link Texts#wellFormed}.
 */
final class ModelFields {
    private final JsonGenerator g;
    private final boolean media;
    private final KnownAccounts known;
    private final MediaTally tally;

    /**
     * @param media whether media descriptions are written (the {@code media} kind)
     * @param tally counts the media items written, for the media summary
     */
    ModelFields(JsonGenerator g, boolean media, KnownAccounts known, MediaTally tally) {
        this.g = g;
        this.media = media;
        this.known = known;
        this.tally = tally;
    }

    // ------------------------------------------------------------------ account, profile

    void account(Account a) throws IOException {
        string("id", a.id());
        string("screenName", a.screenName());
        string("displayName", a.displayName());
        instant("createdAt", a.createdAt());
        bool("protected", a.protectedAccount());
        bool("verified", a.verified());
        string("timeZone", a.timeZone());
        g.writeArrayFieldStart("screenNameChanges");
        for (ScreenNameChange change : a.screenNameChanges()) {
            g.writeStartObject();
            instant("changedAt", change.changedAt());
            string("from", change.changedFrom());
            string("to", change.changedTo());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    void profile(Profile p) throws IOException {
        string("bio", p.bio());
        string("website", p.website());
        string("location", p.location());
        if (media) {
            fileRef("avatar", p.avatar());
            fileRef("header", p.header());
        }
    }

    private void fileRef(String name, MediaFileRef ref) throws IOException {
        if (ref == null) {
            return;
        }
        g.writeObjectFieldStart(name);
        fileRefFields(ref);
        g.writeEndObject();
    }

    private void fileRefFields(MediaFileRef ref) throws IOException {
        tally.item(ref.archivePath() != null);
        string("archivePath", ref.archivePath());
        string("originalUrl", ref.originalUrl());
    }

    // ------------------------------------------------------------------ posts

    void post(Post p) throws IOException {
        string("id", p.id());
        string("url", p.url());
        instant("createdAt", p.createdAt());
        g.writeStringField("kind", postKind(p.kind()));
        string("text", p.text());
        string("language", p.language());
        replyTo(p.replyTo());
        string("quotedUrl", p.quotedUrl());
        retweetOf(p.retweetOf());
        entities(p);
        if (media) {
            g.writeArrayFieldStart("media");
            for (PostMedia m : p.media()) {
                postMedia(m);
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("editHistory");
        for (PostVersion version : p.editHistory()) {
            g.writeStartObject();
            string("id", version.id());
            instant("createdAt", version.createdAt());
            string("text", version.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        bool("sensitive", p.sensitive());
        sourceApp(p.sourceApp());
        if (p.likeCount() != null || p.repostCount() != null) {
            g.writeObjectFieldStart("counts");
            number("likes", p.likeCount());
            number("reposts", p.repostCount());
            g.writeEndObject();
        }
        g.writeBooleanField("longPost", p.longPost());
        g.writeArrayFieldStart("styles");
        for (StyleRange range : p.styles()) {
            g.writeStartObject();
            g.writeNumberField("start", range.start());
            g.writeNumberField("end", range.end());
            g.writeArrayFieldStart("styles");
            for (TextStyle style : range.styles()) {
                g.writeString(textStyle(style));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        instant("deletedAt", p.deletedAt());
        string("communityId", p.communityId());
    }

    private void replyTo(ReplyTarget r) throws IOException {
        if (r == null) {
            return;
        }
        g.writeObjectFieldStart("replyTo");
        string("postId", r.postId());
        string("userId", r.userId());
        string("screenName", r.screenName());
        g.writeBooleanField("self", r.self());
        g.writeEndObject();
    }

    private void retweetOf(RetweetSource r) throws IOException {
        if (r == null) {
            return;
        }
        g.writeObjectFieldStart("retweetOf");
        string("screenName", r.screenName());
        string("userId", r.userId());
        g.writeBooleanField("truncated", r.truncated());
        string("originalPostId", r.originalPostId());
        string("originalUrl", r.originalUrl());
        g.writeEndObject();
    }

    private void entities(Post p) throws IOException {
        g.writeObjectFieldStart("entities");
        g.writeArrayFieldStart("links");
        for (LinkEntity link : p.entities().links()) {
            g.writeStartObject();
            range(link.start(), link.end());
            string("url", link.url());
            string("expandedUrl", link.expandedUrl());
            string("displayUrl", link.displayUrl());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("mentions");
        for (MentionEntity mention : p.entities().mentions()) {
            g.writeStartObject();
            range(mention.start(), mention.end());
            string("userId", mention.userId());
            string("screenName", mention.screenName());
            g.writeEndObject();
        }
        g.writeEndArray();
        tags("hashtags", p.entities().hashtags());
        tags("cashtags", p.entities().cashtags());
        g.writeEndObject();
    }

    private void tags(String name, List<TagEntity> tags) throws IOException {
        g.writeArrayFieldStart(name);
        for (TagEntity tag : tags) {
            g.writeStartObject();
            range(tag.start(), tag.end());
            string("text", tag.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void range(int start, int end) throws IOException {
        g.writeNumberField("start", start);
        g.writeNumberField("end", end);
    }

    private void postMedia(PostMedia m) throws IOException {
        tally.item(m.archivePath() != null);
        g.writeStartObject();
        string("id", m.id());
        g.writeStringField("kind", mediaKind(m.kind()));
        string("archivePath", m.archivePath());
        string("contentType", m.contentType());
        number("width", m.width());
        number("height", m.height());
        string("altText", m.altText());
        string("originalUrl", m.originalUrl());
        g.writeArrayFieldStart("videoVariants");
        for (VideoVariant variant : m.videoVariants()) {
            g.writeStartObject();
            string("url", variant.url());
            string("contentType", variant.contentType());
            number("bitrate", variant.bitrate());
            g.writeEndObject();
        }
        g.writeEndArray();
        number("durationMillis", m.durationMillis());
        string("sourcePostId", m.sourcePostId());
        g.writeEndObject();
    }

    private void sourceApp(SourceApp app) throws IOException {
        if (app == null) {
            return;
        }
        g.writeObjectFieldStart("sourceApp");
        string("name", app.name());
        string("url", app.url());
        g.writeEndObject();
    }

    // ------------------------------------------------------------------ likes, relationships, lists

    void like(Like like) throws IOException {
        string("postId", like.tweetId());
        string("url", like.url());
        string("text", like.text());
    }

    /** An account known by id: the screen name is added when the archive pairs it with the id unambiguously. */
    void relatedAccount(String id, String url) throws IOException {
        string("id", id);
        string("screenName", screenName(id));
        string("url", url);
    }

    void list(UserList list) throws IOException {
        g.writeStringField("relation", listRelation(list.relation()));
        string("url", list.url());
    }

    private String screenName(String id) {
        if (id == null) {
            return null;
        }
        return known.byId(id).filter(k -> !k.ambiguous()).map(KnownAccount::screenName).orElse(null);
    }

    // ------------------------------------------------------------------ direct messages

    /** A conversation with its events in the date window of {@code window}. */
    void conversation(DirectMessageConversation c, NormalizedOptions window) throws IOException {
        string("id", c.id());
        g.writeBooleanField("group", c.group());
        string("name", c.name());
        g.writeArrayFieldStart("participants");
        for (String id : c.participants()) {
            g.writeStartObject();
            relatedAccount(id, null);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (DirectMessageEvent event : c.events()) {
            if (window.inWindow(event.createdAt())) {
                event(event);
            }
        }
        g.writeEndArray();
    }

    private void event(DirectMessageEvent e) throws IOException {
        g.writeStartObject();
        g.writeStringField("kind", eventKind(e.kind()));
        instant("createdAt", e.createdAt());
        switch (e.kind()) {
            case MESSAGE, WELCOME_MESSAGE -> {
                if (e.message() != null) {
                    message(e.message());
                }
            }
            case REACTION -> {
                DirectMessageReaction r = e.reaction();
                if (r != null) {
                    string("senderId", r.senderId());
                    string("reaction", r.key());
                    string("messageId", r.eventId());
                }
            }
            case JOIN_CONVERSATION, PARTICIPANTS_JOIN, PARTICIPANTS_LEAVE, CONVERSATION_NAME_UPDATE -> {
                string("initiatingUserId", e.initiatingUserId());
                if (e.kind() == DirectMessageEventKind.CONVERSATION_NAME_UPDATE) {
                    string("name", e.name());
                } else {
                    g.writeArrayFieldStart("userIds");
                    for (String id : e.userIds()) {
                        g.writeString(Texts.wellFormed(id));
                    }
                    g.writeEndArray();
                }
            }
        }
        g.writeEndObject();
    }

    private void message(DirectMessage m) throws IOException {
        string("id", m.id());
        string("senderId", m.senderId());
        string("recipientId", m.recipientId());
        string("text", m.text());
        g.writeArrayFieldStart("links");
        for (DirectMessageLink link : m.links()) {
            g.writeStartObject();
            string("url", link.url());
            string("expandedUrl", link.expandedUrl());
            string("displayUrl", link.displayUrl());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (media) {
            g.writeArrayFieldStart("media");
            for (MediaFileRef ref : m.media()) {
                g.writeStartObject();
                fileRefFields(ref);
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("reactions");
        for (DirectMessageReaction r : m.reactions()) {
            g.writeStartObject();
            string("id", r.eventId());
            string("senderId", r.senderId());
            string("reaction", r.key());
            instant("createdAt", r.createdAt());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("editHistory");
        for (DirectMessageEdit edit : m.editHistory()) {
            g.writeStartObject();
            string("id", edit.id());
            instant("createdAt", edit.createdAt());
            string("text", edit.text());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    // ------------------------------------------------------------------ values

    void string(String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, Texts.wellFormed(value));
        }
    }

    void instant(String name, Instant value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value.toString());
        }
    }

    private void bool(String name, Boolean value) throws IOException {
        if (value != null) {
            g.writeBooleanField(name, value);
        }
    }

    void number(String name, Number value) throws IOException {
        if (value != null) {
            g.writeNumberField(name, value.longValue());
        }
    }

    static String generation(Generation generation) {
        return switch (generation) {
            case G0 -> "G0";
            case G1 -> "G1";
            case G2 -> "G2";
            case G3 -> "G3";
        };
    }

    static String postKind(PostKind kind) {
        return switch (kind) {
            case POST -> "post";
            case REPLY -> "reply";
            case RETWEET -> "retweet";
            case QUOTE -> "quote";
        };
    }

    static String mediaKind(MediaKind kind) {
        return switch (kind) {
            case PHOTO -> "photo";
            case VIDEO -> "video";
            case ANIMATED_GIF -> "animatedGif";
        };
    }

    static String textStyle(TextStyle style) {
        return switch (style) {
            case BOLD -> "bold";
            case ITALIC -> "italic";
            case STRIKETHROUGH -> "strikethrough";
            case UNDERLINE -> "underline";
        };
    }

    static String listRelation(UserListRelation relation) {
        return switch (relation) {
            case CREATED -> "created";
            case MEMBER -> "member";
            case SUBSCRIBED -> "subscribed";
        };
    }

    static String eventKind(DirectMessageEventKind kind) {
        return switch (kind) {
            case MESSAGE -> "message";
            case WELCOME_MESSAGE -> "welcomeMessage";
            case JOIN_CONVERSATION -> "joinConversation";
            case PARTICIPANTS_JOIN -> "participantsJoin";
            case PARTICIPANTS_LEAVE -> "participantsLeave";
            case CONVERSATION_NAME_UPDATE -> "conversationNameUpdate";
            case REACTION -> "reaction";
        };
    }

    /** Media items written, and how many of them have their file in the archive. */
    static final class MediaTally {
        long items;
        long withFile;

        void item(boolean hasFile) {
            items++;
            if (hasFile) {
                withFile++;
            }
        }
    }
}
