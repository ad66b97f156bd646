package dev.fledge.render.activitypub;

/** What a fediverse export does with retweets (option {@code retweets}). */
public enum RetweetPolicy {
    /** An {@code Announce} of the original post where its URL can be derived; the others are left out. */
    ANNOUNCE,
    /** Leave every retweet out. */
    SKIP
}
