package dev.fledge.testkit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static dev.fledge.testkit.ArchiveJson.array;
import static dev.fledge.testkit.ArchiveJson.isoMillis;
import static dev.fledge.testkit.ArchiveJson.object;
import static dev.fledge.testkit.ArchiveJson.strings;

/**
 * Direct messages: resolving a {@link DmConversationSpec} (ids, times, t.co links, media names) and writing
 * {@code dmConversation} rows of direct-messages(-group).js and of the header files (FORMAT.md §5.12).
 */
final class DmRows {
    /** Default gap between two events of a conversation. */
    static final Duration EVENT_GAP = Duration.ofMinutes(7).plusSeconds(13);

    record Reaction(String senderId, String key, String eventId, Instant at) {
    }

    /**
     * One resolved event. {@code text} is stored text (escaped, links appended); media fields are null without
     * media; {@code mediaFileBase} is the part after {@code <messageId>-} of the media file name.
     */
    record Event(DmEventSpec.Type type, String id, Instant at, String senderId, String recipientId, String text,
                 List<TextPart.Link> urls, String mediaUrl, String mediaFileBase, int mediaSizeBytes,
                 List<Reaction> reactions, String name, List<String> userIds) {
        boolean isMessage() {
            return type == DmEventSpec.Type.MESSAGE;
        }

        String mediaFileName() {
            return mediaFileBase == null ? null : id + "-" + mediaFileBase;
        }
    }

    /** A resolved conversation; events oldest first. */
    record Conversation(String id, boolean group, List<Event> events) {
        long messages() {
            return events.stream().filter(Event::isMessage).count();
        }

        Instant lastEventTime() {
            return events.isEmpty() ? null : events.get(events.size() - 1).at();
        }
    }

    private DmRows() {
    }

    static Conversation resolve(DmConversationSpec spec, Names names, Instant defaultStart) {
        List<String> memberIds = new ArrayList<>();
        memberIds.add(spec.owner.id());
        spec.others.forEach(u -> memberIds.add(u.id()));
        List<Event> events = new ArrayList<>();
        Instant clock = defaultStart;
        for (DmEventSpec e : spec.events) {
            Instant at = e.at != null ? e.at : (events.isEmpty() ? defaultStart : clock.plus(EVENT_GAP));
            clock = at;
            events.add(switch (e.type) {
                case MESSAGE, WELCOME -> message(spec, e, at, names);
                case JOIN -> new Event(e.type, null, at, e.sender.id(), null, null, List.of(), null, null, -1,
                        List.of(), null, memberIds);
                case RENAME -> new Event(e.type, null, at, e.sender.id(), null, null, List.of(), null, null, -1,
                        List.of(), e.text, List.of());
                case LEAVE -> new Event(e.type, null, at, null, null, null, List.of(), null, null, -1,
                        List.of(), null, e.users.stream().map(XUser::id).toList());
            });
        }
        String id = spec.conversationId;
        if (id == null) {
            if (spec.group) {
                id = names.snowflake(events.isEmpty() ? defaultStart : events.get(0).at().minusSeconds(1));
            } else {
                long a = Long.parseLong(spec.owner.id());
                long b = Long.parseLong(spec.others.get(0).id());
                id = Math.min(a, b) + "-" + Math.max(a, b);
            }
        }
        return new Conversation(id, spec.group, List.copyOf(events));
    }

    private static Event message(DmConversationSpec spec, DmEventSpec e, Instant at, Names names) {
        String id = e.id != null ? e.id : names.snowflake(at);
        String recipient = null;
        if (!spec.group) {
            recipient = e.sender.id().equals(spec.owner.id()) ? spec.others.get(0).id() : spec.owner.id();
        }
        StringBuilder text = new StringBuilder(ArchiveJson.escapeHtml(e.text));
        List<TextPart.Link> urls = new ArrayList<>();
        for (String expanded : e.links) {
            TextPart.Link link = TextLayout.resolve(TextPart.link(expanded), names);
            urls.add(link);
            text.append(text.length() == 0 ? "" : " ").append(link.tco());
        }
        String mediaUrl = null;
        String fileBase = null;
        if (e.media != null) {
            String mediaId = names.snowflake(at.minusSeconds(1));
            switch (e.media) {
                case PHOTO -> {
                    fileBase = names.shortName() + ".jpg";
                    mediaUrl = "https://ton.twitter.com/dm/" + id + "/" + mediaId + "/" + fileBase;
                }
                case GIF -> {
                    fileBase = names.videoName() + ".mp4";
                    mediaUrl = "https://video.twimg.com/dm_gif/" + mediaId + "/" + fileBase;
                }
                case VIDEO -> {
                    fileBase = names.videoName() + ".mp4";
                    mediaUrl = "https://video.twimg.com/dm_video/" + mediaId + "/vid/avc1/1280x720/" + fileBase + "?tag=1";
                }
            }
            String tco = names.tco();
            urls.add(new TextPart.Link(tco, "https://twitter.com/messages/media/" + id,
                    "pic.twitter.com/" + tco.substring(tco.lastIndexOf('/') + 1)));
            // media messages carry the t.co after a space, even when there is no other text
            text.append(' ').append(tco);
        }
        List<Reaction> reactions = new ArrayList<>();
        Instant reactionTime = at;
        for (DmEventSpec.Reaction r : e.reactions) {
            reactionTime = reactionTime.plus(Duration.ofMinutes(3)).plusMillis(names.between(0, 1000));
            reactions.add(new Reaction(r.sender().id(), r.key(), names.snowflake(reactionTime), reactionTime));
        }
        return new Event(e.type, id, at, e.sender.id(), recipient, text.toString(), List.copyOf(urls), mediaUrl,
                fileBase, e.mediaSizeBytes, List.copyOf(reactions), null, List.of());
    }

    /**
     * The {@code dmConversation} object: events newest first. {@code headersOnly} writes the header-file form
     * (no text, media, urls or reactions). Generations before G3 have no urls, reactions or editHistory.
     */
    static ObjectNode conversation(Conversation c, Generation generation, boolean headersOnly) {
        ArrayNode messages = array();
        for (int i = c.events().size() - 1; i >= 0; i--) {
            Event e = c.events().get(i);
            messages.add(ArchiveJson.row(e.type().key, event(e, generation, headersOnly)));
        }
        ObjectNode conversation = object();
        conversation.put("conversationId", c.id());
        conversation.set("messages", messages);
        return conversation;
    }

    private static ObjectNode event(Event e, Generation generation, boolean headersOnly) {
        ObjectNode o = object();
        switch (e.type()) {
            case JOIN -> {
                o.put("initiatingUserId", e.senderId());
                o.set("participantsSnapshot", strings(e.userIds()));
                o.put("createdAt", isoMillis(e.at()));
            }
            case RENAME -> {
                o.put("initiatingUserId", e.senderId());
                o.put("name", e.name());
                o.put("createdAt", isoMillis(e.at()));
            }
            case LEAVE -> {
                o.set("userIds", strings(e.userIds()));
                o.put("createdAt", isoMillis(e.at()));
            }
            case MESSAGE, WELCOME -> {
                if (headersOnly) {
                    o.put("id", e.id());
                    o.put("senderId", e.senderId());
                    if (e.recipientId() != null) {
                        o.put("recipientId", e.recipientId());
                    }
                    o.put("createdAt", isoMillis(e.at()));
                    return o;
                }
                boolean current = generation.isCurrent();
                boolean message = e.type() == DmEventSpec.Type.MESSAGE;
                if (e.recipientId() != null) {
                    o.put("recipientId", e.recipientId());
                }
                if (current && message) {
                    ArrayNode reactions = array();
                    for (Reaction r : e.reactions()) {
                        reactions.add(object().put("senderId", r.senderId()).put("reactionKey", r.key())
                                .put("eventId", r.eventId()).put("createdAt", isoMillis(r.at())));
                    }
                    o.set("reactions", reactions);
                }
                if (current) {
                    ArrayNode urls = array();
                    for (TextPart.Link l : e.urls()) {
                        urls.add(object().put("url", l.tco()).put("expanded", l.expandedUrl()).put("display", l.displayUrl()));
                    }
                    o.set("urls", urls);
                }
                o.put("text", e.text());
                o.set("mediaUrls", e.mediaUrl() == null ? array() : strings(e.mediaUrl()));
                o.put("senderId", e.senderId());
                o.put("id", e.id());
                o.put("createdAt", isoMillis(e.at()));
                if (current && message) {
                    o.set("editHistory", array());
                }
            }
        }
        return o;
    }
}
