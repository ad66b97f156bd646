package dev.fledge.model;

import java.time.Instant;

/**
 * A reaction to a direct message.
 *
 * @param senderId  who reacted
 * @param key       the reaction as X names it ({@code like}, {@code agree}, {@code emoji}, ...)
 * @param eventId   X's event id: the reaction's own id inside {@code messageCreate.reactions}; for the older
 *                  standalone {@code reactionCreate} event, the id of the message reacted to
 * @param createdAt when
 */
public record DirectMessageReaction(String senderId, String key, String eventId, Instant createdAt) {
}
