package dev.fledge.model;

import java.time.Instant;
import java.util.List;

/**
 * One event of a conversation. Which fields are set depends on {@link #kind()} (see {@link DirectMessageEventKind});
 * the others are null (userIds: empty).
 *
 * @param kind             what happened
 * @param createdAt        when
 * @param initiatingUserId who did it (join, participants join, rename)
 * @param userIds          participants snapshot (join) or the users added/leaving
 * @param name             the new group name (rename)
 * @param message          the message (MESSAGE, WELCOME_MESSAGE)
 * @param reaction         the reaction (REACTION)
 */
public record DirectMessageEvent(
        DirectMessageEventKind kind,
        Instant createdAt,
        String initiatingUserId,
        List<String> userIds,
        String name,
        DirectMessage message,
        DirectMessageReaction reaction) {

    public DirectMessageEvent {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
    }
}
