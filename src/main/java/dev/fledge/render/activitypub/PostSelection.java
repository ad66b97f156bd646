package dev.fledge.render.activitypub;

import dev.fledge.model.Post;
import dev.fledge.model.PostKind;
import dev.fledge.model.PostVersion;
import dev.fledge.model.ReplyTarget;

import java.util.HashMap;
import java.util.Map;

/**
 * Decides, post by post (oldest first), what a fediverse export does with each post: a {@code Note}, an
 * {@code Announce}, or nothing (with the reason). Rules, in this order: {@code since}/{@code until}; retweets
 * ({@link RetweetPolicy}); replies ({@link ReplyPolicy}): a reply to someone else is left out under {@code self},
 * and so is a self-reply whose parent was left out for that reason (it continues a conversation with others); a
 * reply keeps its {@code inReplyTo} only when the parent was exported before it (self-threads survive, no reference
 * leaves the export). Emptiness depends on the target's media handling and is decided by {@link OutboxPass}.
 *
 * <p>Memory: two {@link LongHashSet}s of post ids (exported posts, posts left out as replies to others) and a small
 * map from the ids of earlier versions of edited posts to the exported id.
 */
public final class PostSelection {

    /** What to do with a post. */
    public enum Action { NOTE, ANNOUNCE, LEAVE_OUT }

    /**
     * @param reason          why it is left out ({@link Action#LEAVE_OUT} only)
     * @param inReplyToPostId the X id of the exported parent of a reply, or null
     */
    public record Decision(Action action, LeftOutReason reason, String inReplyToPostId) {
        static final Decision ANNOUNCE = new Decision(Action.ANNOUNCE, null, null);
        static final Decision TOP_LEVEL = new Decision(Action.NOTE, null, null);

        static Decision leaveOut(LeftOutReason reason) {
            return new Decision(Action.LEAVE_OUT, reason, null);
        }

        static Decision note(String inReplyTo) {
            return inReplyTo == null ? TOP_LEVEL : new Decision(Action.NOTE, null, inReplyTo);
        }
    }

    private final ConversionOptions options;
    private final LongHashSet exported;
    private final LongHashSet repliesToOthers;
    private final Map<Long, Long> editedVersions = new HashMap<>();

    /** @param expectedPosts the number of posts in the archive (sizes the id sets; they grow if needed) */
    public PostSelection(ConversionOptions options, long expectedPosts) {
        this.options = options;
        int expected = (int) Math.min(expectedPosts, 1 << 26);
        this.exported = new LongHashSet(expected);
        this.repliesToOthers = new LongHashSet(options.replies() == ReplyPolicy.ALL ? 16 : Math.max(16, expected / 4));
    }

    public Decision decide(Post post) {
        if (options.since() != null && post.createdAt().isBefore(options.since())) {
            return Decision.leaveOut(LeftOutReason.BEFORE_SINCE);
        }
        if (options.until() != null && !post.createdAt().isBefore(options.until())) {
            return Decision.leaveOut(LeftOutReason.AFTER_UNTIL);
        }
        if (post.kind() == PostKind.RETWEET) {
            if (options.retweets() == RetweetPolicy.SKIP) {
                return Decision.leaveOut(LeftOutReason.RETWEET);
            }
            if (post.retweetOf() == null || post.retweetOf().originalUrl() == null) {
                return Decision.leaveOut(LeftOutReason.RETWEET_ORIGINAL_UNKNOWN);
            }
            return Decision.ANNOUNCE;
        }
        ReplyTarget replyTo = post.replyTo();
        if (post.kind() != PostKind.REPLY || replyTo == null) {
            return Decision.TOP_LEVEL;
        }
        long parent = resolve(id(replyTo.postId()));
        if (!replyTo.self()) {
            if (options.replies() != ReplyPolicy.ALL) {
                markReplyToOther(post);
                return Decision.leaveOut(LeftOutReason.REPLY_TO_OTHER);
            }
            return Decision.note(parent != 0 && exported.contains(parent) ? Long.toString(parent) : null);
        }
        if (options.replies() == ReplyPolicy.NONE) {
            return Decision.leaveOut(LeftOutReason.REPLY_TO_SELF);
        }
        if (options.replies() == ReplyPolicy.SELF && parent != 0 && repliesToOthers.contains(parent)) {
            markReplyToOther(post);
            return Decision.leaveOut(LeftOutReason.REPLY_TO_OTHER);
        }
        return Decision.note(parent != 0 && exported.contains(parent) ? Long.toString(parent) : null);
    }

    /** Records that {@code post} is in the export (later replies may point at it). */
    public void exported(Post post) {
        long id = id(post.id());
        if (id == 0) {
            return;
        }
        exported.add(id);
        for (PostVersion version : post.editHistory()) {
            long versionId = id(version.id());
            if (versionId != 0) {
                editedVersions.put(versionId, id);
            }
        }
    }

    private void markReplyToOther(Post post) {
        long id = id(post.id());
        if (id != 0) {
            repliesToOthers.add(id);
        }
    }

    private long resolve(long id) {
        return id == 0 ? 0 : editedVersions.getOrDefault(id, id);
    }

    /** The numeric X id, or 0 when it is not one. */
    private static long id(String value) {
        if (value == null || value.isEmpty() || value.length() > 19) {
            return 0;
        }
        long result = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            result = result * 10 + (c - '0');
            if (result < 0) {
                return 0;
            }
        }
        return result;
    }
}
