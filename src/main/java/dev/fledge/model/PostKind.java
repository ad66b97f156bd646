package dev.fledge.model;

/** What a post is. A reply that quotes another post is a {@link #REPLY} with {@link Post#quotedUrl()} set. */
public enum PostKind {
    /** An ordinary post. */
    POST,
    /** An answer to another post (possibly the owner's own: a thread). */
    REPLY,
    /** A repost of someone else's post (the archive only keeps X's legacy "RT @name: " text). */
    RETWEET,
    /** A post that quotes another post (a link to it at the end of the text). */
    QUOTE
}
