package dev.fledge.model;

import java.time.Instant;

/**
 * Post figures of an archive, as inspect reports them. {@code posts} counts distinct rows of the tweets files after
 * collapsing edit chains (retweets, replies and quotes included; deleted and community posts excluded: they have
 * their own counts); {@code replies} includes {@code selfReplies}; {@code quotes} counts posts that
 * quote another post (replies that quote included); {@code editedPosts} counts posts with more than
 * one version; {@code noteTweets} counts rows of note-tweet.js. {@code first}/{@code last} are the oldest and newest
 * post (null when there is none).
 */
public record PostCounts(
        long posts,
        long retweets,
        long replies,
        long selfReplies,
        long quotes,
        long noteTweets,
        long editedPosts,
        long deletedPosts,
        long communityPosts,
        Instant first,
        Instant last) {
}
