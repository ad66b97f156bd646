package dev.fledge.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One event of a DM conversation, as returned by {@link DmConversationSpec#sent} and friends; set its time, or
 * for messages add a link, one media item or reactions: {@code c.received("look").photo().reaction(me, "like")}.
 */
public final class DmEventSpec {
    /** The event types of {@code messages[]} (FORMAT.md §5.12). */
    enum Type {
        MESSAGE("messageCreate"), WELCOME("welcomeMessageCreate"), JOIN("joinConversation"),
        RENAME("conversationNameUpdate"), LEAVE("participantsLeave");

        final String key;

        Type(String key) {
            this.key = key;
        }
    }

    record Reaction(XUser sender, String key) {
    }

    final Type type;
    final XUser sender;
    final String text;
    final List<XUser> users;
    Instant at;
    String id;
    MediaKind media;
    int mediaSizeBytes = -1;
    final List<String> links = new ArrayList<>();
    final List<Reaction> reactions = new ArrayList<>();

    DmEventSpec(Type type, XUser sender, String text, List<XUser> users) {
        this.type = type;
        this.sender = sender;
        this.text = text;
        this.users = List.copyOf(users);
    }

    /** When it happened. Default: 7 minutes after the previous event of the conversation. */
    public DmEventSpec at(Instant at) {
        this.at = at;
        return this;
    }

    public DmEventSpec at(String isoInstant) {
        return at(Instant.parse(isoInstant));
    }

    /** A fixed message id (snowflake). */
    public DmEventSpec id(String id) {
        Long.parseLong(id);
        this.id = id;
        return this;
    }

    /** Attaches a photo (a DM holds at most one media item). */
    public DmEventSpec photo() {
        return media(MediaKind.PHOTO, -1);
    }

    /** Attaches a photo whose file has {@code sizeBytes} bytes. */
    public DmEventSpec photo(int sizeBytes) {
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("sizeBytes must not be negative");
        }
        return media(MediaKind.PHOTO, sizeBytes);
    }

    public DmEventSpec gif() {
        return media(MediaKind.GIF, -1);
    }

    public DmEventSpec video() {
        return media(MediaKind.VIDEO, -1);
    }

    /** Appends a t.co link to {@code expandedUrl} to the text, with its {@code urls[]} entry. */
    public DmEventSpec link(String expandedUrl) {
        requireMessage();
        links.add(expandedUrl);
        return this;
    }

    /** A reaction such as {@code like}, {@code agree}, {@code funny} or {@code emoji} (written from 2021 on). */
    public DmEventSpec reaction(XUser from, String reactionKey) {
        requireMessage();
        reactions.add(new Reaction(from, reactionKey));
        return this;
    }

    private DmEventSpec media(MediaKind kind, int sizeBytes) {
        requireMessage();
        if (media != null) {
            throw new IllegalStateException("a direct message holds one media item");
        }
        media = kind;
        mediaSizeBytes = sizeBytes;
        return this;
    }

    private void requireMessage() {
        if (type != Type.MESSAGE && type != Type.WELCOME) {
            throw new IllegalStateException(type.key + " events carry no text, media or reactions");
        }
    }
}
