package dev.fledge.model;

/**
 * Whose post a retweet reposts. The archive has no id of the original post; it is only known when the original had
 * media (X records the media's source post).
 *
 * @param screenName     the original author's screen name (from the {@code RT @name:} prefix)
 * @param userId         the original author's id, or null when unknown (deleted accounts have id -1 in the archive)
 * @param truncated      true when the archived text was cut by X (it ends with {@code …})
 * @param originalPostId id of the original post, or null when it cannot be derived
 * @param originalUrl    {@code https://x.com/<screenName>/status/<originalPostId>}, or null with it
 */
public record RetweetSource(String screenName, String userId, boolean truncated, String originalPostId,
                            String originalUrl) {
}
