package dev.fledge.xarchive;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.fledge.archive.ArchiveContent;
import dev.fledge.model.DirectMessage;
import dev.fledge.model.DirectMessageConversation;
import dev.fledge.model.DirectMessageEdit;
import dev.fledge.model.DirectMessageEvent;
import dev.fledge.model.DirectMessageEventKind;
import dev.fledge.model.DirectMessageLink;
import dev.fledge.model.DirectMessageReaction;
import dev.fledge.model.MediaFileRef;
import dev.fledge.problem.FileLocation;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Reads direct-messages.js and direct-messages-group.js (all parts, singular 2019 names too), one conversation at a
 * time, straight from the parser: a conversation row is never held as a JSON tree, each event is read as a small
 * tree and turned into a {@link DirectMessageEvent}.
 *
 * <p>Memory: when conversations are materialized ({@link #forEach} with an action), the events of ONE conversation
 * are held in memory (they must be reversed: the archive lists them newest first), so memory is bounded by the
 * largest conversation, not by the archive. When only counting (action null) nothing is kept and no media file is
 * looked up.
 *
 * <p>Headers-only archives (direct-message-headers.js present, direct-messages.js absent, e.g. deleted by the
 * owner) are counted from the headers with a warning; their conversations are not streamed, having no content.
 */
final class DirectMessageReader {

    /** Conversations and messages (message and welcome-message events) read. */
    record Totals(long conversations, long messages) {
        Totals plus(Totals other) {
            return new Totals(conversations + other.conversations, messages + other.messages);
        }
    }

    private static final Totals NONE = new Totals(0, 0);

    private DirectMessageReader() {
    }

    /**
     * Streams every conversation (1:1 files first, then group files), events oldest first.
     *
     * @param action receives each conversation; null to count only
     */
    static Totals forEach(ArchiveContent content, ArchiveLayout layout, DataFileReader reader, Warnings warnings,
                          Consumer<DirectMessageConversation> action) {
        Totals totals = read(content, layout, reader, warnings, DataKind.DIRECT_MESSAGES, false, action);
        return totals.plus(read(content, layout, reader, warnings, DataKind.DIRECT_MESSAGES_GROUP, true, action));
    }

    /** Counts conversations and messages of header files whose full file is absent, with a warning for each. */
    static Totals countHeadersOnly(ArchiveContent content, ArchiveLayout layout, DataFileReader reader,
                                   Warnings warnings) {
        Totals totals = NONE;
        if (layout.files(DataKind.DIRECT_MESSAGES).isEmpty()) {
            totals = totals.plus(headers(content, layout, reader, warnings, DataKind.DIRECT_MESSAGE_HEADERS, false));
        }
        if (layout.files(DataKind.DIRECT_MESSAGES_GROUP).isEmpty()) {
            totals = totals.plus(headers(content, layout, reader, warnings, DataKind.DIRECT_MESSAGE_GROUP_HEADERS, true));
        }
        return totals;
    }

    private static Totals headers(ArchiveContent content, ArchiveLayout layout, DataFileReader reader,
                                  Warnings warnings, DataKind kind, boolean group) {
        if (layout.files(kind).isEmpty()) {
            return NONE;
        }
        for (String file : layout.files(kind)) {
            warnings.add(FileLocation.of(file), "the archive has only the headers of these direct messages (no "
                    + (group ? "direct-messages-group.js" : "direct-messages.js")
                    + "): conversations and messages are counted but their content is not in the archive");
        }
        return read(content, layout, reader, warnings, kind, group, null);
    }

    private static Totals read(ArchiveContent content, ArchiveLayout layout, DataFileReader reader, Warnings warnings,
                               DataKind kind, boolean group, Consumer<DirectMessageConversation> action) {
        long[] counts = new long[2];
        MediaLookup media = action == null ? null : new MediaLookup(content, layout, group);
        for (String file : layout.files(kind)) {
            reader.forEachRowStreaming(file, DataFileReader.Wrapper.YTD, warnings, (parser, issues) -> {
                if (parser.currentToken() != JsonToken.START_OBJECT) {
                    parser.skipChildren();
                    issues.report("row is not a JSON object, skipped");
                    return;
                }
                ConversationBuilder conversation = new ConversationBuilder(group, action != null, media);
                readConversation(parser, conversation, true, issues);
                if (conversation.fields == 0) {
                    return; // placeholder row: {} or { "dmConversation" : { } }
                }
                if (conversation.id == null) {
                    issues.report("conversation without conversationId, skipped");
                    return;
                }
                counts[0]++;
                counts[1] += conversation.messages;
                if (action != null) {
                    action.accept(conversation.build());
                }
            });
        }
        return new Totals(counts[0], counts[1]);
    }

    /** Reads the fields of a conversation object (the parser is on its START_OBJECT) up to its END_OBJECT. */
    private static void readConversation(JsonParser parser, ConversationBuilder conversation, boolean wrapperAllowed,
                                         RowIssues issues) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (wrapperAllowed && "dmConversation".equals(name) && value == JsonToken.START_OBJECT) {
                readConversation(parser, conversation, false, issues);
                continue;
            }
            conversation.fields++;
            if ("conversationId".equals(name) && value != null && value.isScalarValue()) {
                String id = parser.getText();
                conversation.id = id.isEmpty() ? null : id;
            } else if ("messages".equals(name) && value == JsonToken.START_ARRAY) {
                JsonToken token;
                while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                    JsonNode event = DataFileReader.readTree(parser);
                    conversation.add(event, issues);
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    /** Finds DM media files: {@code <folder><messageId>-<basename of the media URL without query>}. */
    private static final class MediaLookup {
        private final ArchiveContent content;
        private final ArchiveLayout layout;
        private final List<String> folders;

        MediaLookup(ArchiveContent content, ArchiveLayout layout, boolean group) {
            this.content = content;
            this.layout = layout;
            List<String> all = new ArrayList<>(layout.mediaFolders(group
                    ? ArchiveLayout.MediaRole.DIRECT_MESSAGES_GROUP : ArchiveLayout.MediaRole.DIRECT_MESSAGES));
            for (String other : layout.mediaFolders(group
                    ? ArchiveLayout.MediaRole.DIRECT_MESSAGES : ArchiveLayout.MediaRole.DIRECT_MESSAGES_GROUP)) {
                if (!all.contains(other)) {
                    all.add(other);
                }
            }
            this.folders = List.copyOf(all);
        }

        String find(String messageId, String url) {
            String basename = MediaNames.lastSegment(url);
            if (!basename.isEmpty()) {
                for (String folder : folders) {
                    String path = folder + messageId + "-" + basename;
                    if (content.entry(path).isPresent()) {
                        return path;
                    }
                }
            }
            if (!layout.hasDirectMessageMedia(messageId)) {
                return null;
            }
            for (String folder : folders) {
                String[] found = new String[1];
                content.forEachEntry(folder + messageId + "-", entry -> {
                    if (found[0] == null) {
                        found[0] = entry.path();
                    }
                });
                if (found[0] != null) {
                    return found[0];
                }
            }
            return null;
        }
    }

    /** Gathers one conversation's events; counts only unless materializing. */
    private static final class ConversationBuilder {
        final boolean group;
        final boolean materialize;
        final MediaLookup media;
        final List<DirectMessageEvent> events = new ArrayList<>();
        String id;
        int fields;
        long messages;

        ConversationBuilder(boolean group, boolean materialize, MediaLookup media) {
            this.group = group;
            this.materialize = materialize;
            this.media = media;
        }

        void add(JsonNode element, RowIssues issues) {
            if (element == null || !element.isObject() || element.size() != 1) {
                issues.report("direct message event of unknown shape, skipped");
                return;
            }
            Map.Entry<String, JsonNode> only = element.fields().next();
            JsonNode body = only.getValue();
            if (!body.isObject()) {
                issues.report("direct message event of unknown shape, skipped");
                return;
            }
            DirectMessageEvent event = switch (only.getKey()) {
                case "messageCreate" -> message(DirectMessageEventKind.MESSAGE, body, issues);
                case "welcomeMessageCreate" -> message(DirectMessageEventKind.WELCOME_MESSAGE, body, issues);
                case "joinConversation" -> new DirectMessageEvent(DirectMessageEventKind.JOIN_CONVERSATION,
                        AccountReader.date(body, "createdAt", issues), idText(body, "initiatingUserId"),
                        ids(body.get("participantsSnapshot")), null, null, null);
                case "participantsJoin" -> new DirectMessageEvent(DirectMessageEventKind.PARTICIPANTS_JOIN,
                        AccountReader.date(body, "createdAt", issues), idText(body, "initiatingUserId"),
                        ids(body.get("userIds")), null, null, null);
                case "participantsLeave" -> new DirectMessageEvent(DirectMessageEventKind.PARTICIPANTS_LEAVE,
                        AccountReader.date(body, "createdAt", issues), idText(body, "initiatingUserId"),
                        ids(body.get("userIds")), null, null, null);
                case "conversationNameUpdate" -> new DirectMessageEvent(DirectMessageEventKind.CONVERSATION_NAME_UPDATE,
                        AccountReader.date(body, "createdAt", issues), idText(body, "initiatingUserId"), null,
                        JsonFields.text(body, "name"), null, null);
                case "reactionCreate" -> new DirectMessageEvent(DirectMessageEventKind.REACTION,
                        AccountReader.date(body, "createdAt", issues), null, null, null, null,
                        reaction(body, issues));
                default -> {
                    issues.report("direct message event of a type this reader does not know, skipped");
                    yield null;
                }
            };
            if (event == null) {
                return;
            }
            if (event.message() != null) {
                messages++;
            }
            if (materialize) {
                events.add(event);
            }
        }

        private DirectMessageEvent message(DirectMessageEventKind kind, JsonNode body, RowIssues issues) {
            String messageId = JsonFields.text(body, "id");
            if (!Ids.isId(messageId)) {
                issues.report("direct message without a numeric id, skipped");
                return null;
            }
            Instant createdAt = AccountReader.date(body, "createdAt", issues);
            String recipient = idText(body, "recipientId");
            if ("0".equals(recipient)) {
                recipient = null;
            }
            List<DirectMessageLink> links = new ArrayList<>();
            JsonNode urls = body.get("urls");
            if (urls != null && urls.isArray()) {
                for (JsonNode u : urls) {
                    if (u.isObject()) {
                        links.add(new DirectMessageLink(JsonFields.text(u, "url"), JsonFields.text(u, "expanded"),
                                JsonFields.text(u, "display")));
                    }
                }
            }
            List<MediaFileRef> mediaRefs = new ArrayList<>();
            JsonNode mediaUrls = body.get("mediaUrls");
            if (mediaUrls != null && mediaUrls.isArray()) {
                for (JsonNode u : mediaUrls) {
                    if (u.isTextual() && !u.textValue().isEmpty()) {
                        mediaRefs.add(new MediaFileRef(u.textValue(), media == null ? null : media.find(messageId,
                                u.textValue())));
                    }
                }
            }
            List<DirectMessageReaction> reactions = new ArrayList<>();
            JsonNode reactionNodes = body.get("reactions");
            if (reactionNodes != null && reactionNodes.isArray()) {
                for (JsonNode r : reactionNodes) {
                    if (r.isObject()) {
                        reactions.add(reaction(r, issues));
                    }
                }
            }
            List<DirectMessageEdit> edits = new ArrayList<>();
            JsonNode history = body.get("editHistory");
            if (history != null && history.isArray()) {
                for (JsonNode h : history) {
                    if (h.isObject()) {
                        String editId = JsonFields.text(h, "id");
                        edits.add(new DirectMessageEdit(editId != null ? editId : JsonFields.text(h, "messageId"),
                                AccountReader.date(h, "createdAt", issues),
                                HtmlEntities.unescapeOnce(JsonFields.text(h, "text"))));
                    } else if (h.isTextual() || h.isNumber()) {
                        edits.add(new DirectMessageEdit(h.asText(), null, null));
                    }
                }
            }
            DirectMessage message = new DirectMessage(messageId, idText(body, "senderId"), recipient, createdAt,
                    HtmlEntities.unescapeOnce(rawText(body)), links, mediaRefs, reactions, edits);
            return new DirectMessageEvent(kind, createdAt, null, null, null, message, null);
        }

        /** The text as written (an empty text stays empty, unlike {@link JsonFields#text}). */
        private static String rawText(JsonNode body) {
            JsonNode text = body.get("text");
            return text != null && text.isTextual() ? text.textValue() : null;
        }

        private static DirectMessageReaction reaction(JsonNode r, RowIssues issues) {
            return new DirectMessageReaction(idText(r, "senderId"), JsonFields.text(r, "reactionKey"),
                    idText(r, "eventId"), AccountReader.date(r, "createdAt", issues));
        }

        private static String idText(JsonNode node, String field) {
            String text = JsonFields.text(node, field);
            return Ids.isId(text) ? text : null;
        }

        private static List<String> ids(JsonNode array) {
            List<String> ids = new ArrayList<>();
            if (array != null && array.isArray()) {
                for (JsonNode n : array) {
                    String text = n.isTextual() || n.isNumber() ? n.asText() : null;
                    if (Ids.isId(text)) {
                        ids.add(text);
                    }
                }
            }
            return ids;
        }

        DirectMessageConversation build() {
            List<DirectMessageEvent> ordered = new ArrayList<>(events);
            Collections.reverse(ordered);
            ordered.sort(Comparator.comparing(DirectMessageEvent::createdAt,
                    Comparator.nullsFirst(Comparator.naturalOrder())));
            TreeSet<String> participants = new TreeSet<>(Ids::compare);
            if (!group) {
                for (String part : id.split("-")) {
                    if (Ids.isId(part)) {
                        participants.add(part);
                    }
                }
            }
            String name = null;
            for (DirectMessageEvent e : ordered) {
                if (e.initiatingUserId() != null) {
                    participants.add(e.initiatingUserId());
                }
                participants.addAll(e.userIds());
                if (e.message() != null) {
                    addIfId(participants, e.message().senderId());
                    addIfId(participants, e.message().recipientId());
                    e.message().reactions().forEach(r -> addIfId(participants, r.senderId()));
                }
                if (e.reaction() != null) {
                    addIfId(participants, e.reaction().senderId());
                }
                if (e.kind() == DirectMessageEventKind.CONVERSATION_NAME_UPDATE && e.name() != null) {
                    name = e.name();
                }
            }
            return new DirectMessageConversation(id, group, List.copyOf(participants), name, ordered);
        }

        private static void addIfId(TreeSet<String> set, String id) {
            if (id != null) {
                set.add(id);
            }
        }
    }
}
