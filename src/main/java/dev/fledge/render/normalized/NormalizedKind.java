package dev.fledge.render.normalized;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a normalized conversion can contain, as the {@code include}/{@code exclude} options name it. Account,
 * profile, source and warnings are always written.
 */
public enum NormalizedKind {
    /** Original posts and quotes ({@code post} and {@code quote} kinds). */
    POSTS("posts"),
    /** Replies, self-replies (threads) included. */
    REPLIES("replies"),
    /** Retweets. */
    RETWEETS("retweets"),
    LIKES("likes"),
    /** Followers, following, blocks and mutes. */
    RELATIONSHIPS("relationships"),
    LISTS("lists"),
    /** Private conversations: written only when asked for. */
    DIRECT_MESSAGES("directMessages"),
    /** Media descriptions (post and message media, profile pictures) and the media summary. */
    MEDIA("media");

    private final String optionName;

    NormalizedKind(String optionName) {
        this.optionName = optionName;
    }

    /** The name used in options and in the output's {@code selection}. */
    public String optionName() {
        return optionName;
    }

    /** The kind with this option name (case-insensitive). */
    public static Optional<NormalizedKind> byOptionName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.optionName.toLowerCase(Locale.ROOT).equals(lower)).findFirst();
    }
}
