package dev.fledge.model;

import java.util.List;

/**
 * One conversation of the archive with all its events in chronological order (the archive lists them newest
 * first; the reader reverses them).
 *
 * @param id           X's conversation id: {@code <smallerId>-<largerId>} for 1:1, a single id for groups
 * @param group        true for conversations of direct-messages-group.js
 * @param participants every user id seen in the conversation (id parts, senders, recipients, snapshots, joins),
 *                     in ascending numeric order
 * @param name         the group name set by the newest {@code conversationNameUpdate}, or null
 * @param events       all events, oldest first
 */
public record DirectMessageConversation(
        String id,
        boolean group,
        List<String> participants,
        String name,
        List<DirectMessageEvent> events) {

    public DirectMessageConversation {
        participants = participants == null ? List.of() : List.copyOf(participants);
        events = events == null ? List.of() : List.copyOf(events);
    }
}
