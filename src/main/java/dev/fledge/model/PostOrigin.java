package dev.fledge.model;

/** Which archive file a post came from. Only {@link #TWEETS} posts are live posts of the account. */
public enum PostOrigin {
    /** tweets.js / tweet.js (all parts), Grailbird month files, tweets.csv. */
    TWEETS,
    /** deleted-tweets.js: deleted shortly before the export; never republished. */
    DELETED,
    /** community-tweet.js: posts made inside X Communities. */
    COMMUNITY
}
