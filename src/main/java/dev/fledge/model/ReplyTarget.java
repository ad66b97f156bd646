package dev.fledge.model;

/**
 * The post a reply answers.
 *
 * @param postId     id of the answered post
 * @param userId     id of its author, or null when the archive does not say
 * @param screenName its author's screen name (without {@code @}), or null when the archive does not say (the
 *                   answered post or account was deleted or suspended)
 * @param self       true when the owner answered their own post (a thread)
 */
public record ReplyTarget(String postId, String userId, String screenName, boolean self) {
}
