package dev.fledge.model;

/**
 * An {@code @name} in a post's text, at {@code [start, end)} (the range includes the {@code @}).
 *
 * @param userId     the mentioned account's id, or null when unknown (deleted accounts, long posts)
 * @param screenName its screen name without {@code @}, as X recorded it
 */
public record MentionEntity(int start, int end, String userId, String screenName) {
}
