package dev.fledge.render.normalized;

/**
 * How many records a normalized conversion wrote, per kind ({@code mediaItems}: media descriptions in posts,
 * messages and the profile).
 */
public record NormalizedCounts(long posts, long likes, long followers, long following, long blocks, long mutes,
                               long lists, long conversations, long mediaItems, long warnings) {
}
