package dev.fledge.render.activitypub;

/**
 * How {@code @name} mentions of X accounts appear in the content HTML (option {@code mentions}). X accounts have no
 * fediverse actor, so no {@code Mention} tag is ever written.
 */
public enum MentionStyle {
    /**
     * {@code @}, U+2060 WORD JOINER, then the name as a link to the X profile; every other {@code @word} of the text
     * gets the joiner too. Nothing reads as a fediverse mention: slurp does not skip the post and Misskey does not
     * link a local user of the same name.
     */
    DEFUSE,
    /** A plain {@code @name} link to the X profile, as Mastodon renders mentions (importers may skip or re-link it). */
    LINK,
    /** The text as written, without link or joiner. */
    TEXT
}
