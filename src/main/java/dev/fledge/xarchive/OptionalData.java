package dev.fledge.xarchive;

/**
 * Data a conversion may include besides the account, profile and posts. Only the types named in
 * {@link ReadOptions#include()} can be streamed from an {@link XArchive}; all of them are always counted.
 */
public enum OptionalData {
    /** like.js */
    LIKES,
    /** follower.js, following.js, block.js, mute.js */
    RELATIONSHIPS,
    /** lists-created.js, lists-member.js, lists-subscribed.js */
    LISTS,
    /** direct-messages.js, direct-messages-group.js (private content: only when asked for) */
    DIRECT_MESSAGES
}
