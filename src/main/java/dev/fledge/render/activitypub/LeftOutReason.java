package dev.fledge.render.activitypub;

/** Why a post of the archive is not in a fediverse export; the slug is the key in {@code report.json}. */
public enum LeftOutReason {
    /** A reply to someone else's post (with {@code replies=self}, the default), or a self-reply continuing one. */
    REPLY_TO_OTHER("reply_to_other"),
    /** A reply to the account's own post, with {@code replies=none}. */
    REPLY_TO_SELF("reply_to_self"),
    /** A retweet, with {@code retweets=skip}. */
    RETWEET("retweet"),
    /** A retweet whose original post cannot be derived from the archive, with {@code retweets=announce}. */
    RETWEET_ORIGINAL_UNKNOWN("retweet_original_unknown"),
    /** A post deleted shortly before the export (deleted-tweets.js): never republished. */
    DELETED("deleted"),
    /** A post made inside an X Community (community-tweet.js): not part of the timeline. */
    COMMUNITY("community"),
    /** No text and no media (or media left out with {@code exclude=media}). */
    EMPTY("empty"),
    /** No text, and none of its media files is in the archive. */
    MEDIA_MISSING("media_missing"),
    /** Created before {@code since}. */
    BEFORE_SINCE("before_since"),
    /** Created at or after {@code until}. */
    AFTER_UNTIL("after_until");

    private final String slug;

    LeftOutReason(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
