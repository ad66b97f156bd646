package dev.fledge.render.activitypub;

/** Which replies a fediverse export keeps (option {@code replies}). */
public enum ReplyPolicy {
    /** Self-threads only: replies to the account's own exported posts; replies to others are left out. */
    SELF,
    /** Every reply; {@code inReplyTo} is still written only when the parent is in the export. */
    ALL,
    /** No replies at all. */
    NONE
}
