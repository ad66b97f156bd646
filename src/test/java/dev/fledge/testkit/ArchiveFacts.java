package dev.fledge.testkit;

import dev.fledge.model.PostCounts;

import java.time.Instant;
import java.util.List;

/**
 * What a test archive contains, taken from the builder's description (never from re-reading the ZIP), for
 * comparison with what the reader reports. Definitions:
 * <ul>
 *   <li>{@code posts}: distinct rows of the tweets files after collapsing edit chains (retweets, replies and quotes
 *       included; deleted and community posts not included);</li>
 *   <li>{@code replies}: posts with {@code in_reply_to_status_id}, self-replies included (mention-first posts
 *       without a status id are not replies); {@code selfReplies}: replies to the account's own posts;</li>
 *   <li>{@code quotes}: posts that quote a status URL; {@code retweets}: {@code RT @…} posts;</li>
 *   <li>{@code noteTweets}: rows of note-tweet.js (0 before G3); {@code editedPosts}: posts with more than one
 *       version;</li>
 *   <li>{@code lists}: created + member + subscribed; {@code conversations}: 1:1 and group;
 *       {@code directMessages}: messageCreate events only, 1:1 and group;</li>
 *   <li>{@code mediaFiles}: files written in all media folders (posts, deleted, community, DMs, profile);</li>
 *   <li>{@code firstPost}/{@code lastPost}: created_at (whole seconds) of the oldest and newest post, an edited
 *       post counting with its newest version; null without posts;</li>
 *   <li>{@code brokenFiles}: the files deliberately broken, with the 1-based line and column of the fault when it
 *       is at a known place.</li>
 * </ul>
 */
public record ArchiveFacts(
        Generation generation,
        String accountId,
        String screenName,
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
        long blocks,
        long mutes,
        long lists,
        long conversations,
        long directMessages,
        long mediaFiles,
        Instant firstPost,
        Instant lastPost,
        List<BrokenFile> brokenFiles) {

    /** A file broken on purpose. {@code line}/{@code column} are null when the fault concerns the whole file. */
    public record BrokenFile(String path, String problem, Integer line, Integer column) {
    }

    /** The post figures in the model's shape, to compare with what the reader reports. */
    public PostCounts postCounts() {
        return new PostCounts(posts, retweets, replies, selfReplies, quotes, noteTweets, editedPosts, deletedPosts,
                communityPosts, firstPost, lastPost);
    }

    /** Accumulates facts one item at a time (used by the builder and the streaming generator). */
    static final class Counter {
        long posts, retweets, replies, selfReplies, quotes, noteTweets, editedPosts, deletedPosts, communityPosts;
        long likes, followers, following, blocks, mutes, lists, conversations, directMessages, mediaFiles;
        Instant firstPost;
        Instant lastPost;

        /**
         * Counts one timeline post given as its versions (oldest first, one element when never edited).
         *
         * @param withNoteFile whether the generation writes note-tweet.js
         */
        void post(List<ResolvedPost> versions, boolean withNoteFile) {
            ResolvedPost post = versions.get(versions.size() - 1);
            posts++;
            if (post.isRetweet()) {
                retweets++;
            }
            if (post.isReply()) {
                replies++;
            }
            if (post.isSelfReply()) {
                selfReplies++;
            }
            if (post.isQuote()) {
                quotes++;
            }
            if (versions.size() > 1) {
                editedPosts++;
            }
            if (withNoteFile) {
                noteTweets += versions.stream().filter(ResolvedPost::isNoteTweet).count();
            }
            Instant at = post.createdSecond();
            if (firstPost == null || at.isBefore(firstPost)) {
                firstPost = at;
            }
            if (lastPost == null || at.isAfter(lastPost)) {
                lastPost = at;
            }
        }

        void conversation(DmRows.Conversation conversation) {
            conversations++;
            directMessages += conversation.messages();
        }

        ArchiveFacts build(Generation generation, XUser owner, List<BrokenFile> brokenFiles) {
            return new ArchiveFacts(generation, owner.id(), owner.screenName(), posts, retweets, replies, selfReplies,
                    quotes, noteTweets, editedPosts, deletedPosts, communityPosts, likes, followers, following, blocks,
                    mutes, lists, conversations, directMessages, mediaFiles, firstPost, lastPost,
                    List.copyOf(brokenFiles));
        }
    }
}
