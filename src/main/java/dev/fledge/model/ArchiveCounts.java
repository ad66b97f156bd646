package dev.fledge.model;

/**
 * What an archive contains, as inspect reports it. Post figures are those of {@link PostCounts}; the others count
 * valid rows of their files (lists: URLs; conversations: 1:1 and group; directMessages: message events, welcome
 * messages included); {@code followingWithScreenName} counts followed accounts whose screen name is known from the
 * archive; {@code mediaFiles} counts files in every {@code *_media/} folder.
 */
public record ArchiveCounts(
        long posts,
        long retweets,
        long replies,
        long selfReplies,
        long quotes,
        long noteTweets,
        long editedPosts,
        long deletedPosts,
        long communityPosts,
        long likes,
        long followers,
        long following,
        long followingWithScreenName,
        long blocks,
        long mutes,
        long lists,
        long conversations,
        long directMessages,
        long mediaFiles) {
}
