package dev.fledge.render.activitypub;

import java.util.List;

/**
 * Who an exported post is addressed to, as Mastodon writes it in {@code to}/{@code cc} (option {@code visibility}).
 */
public enum Visibility {
    /** {@code to} Public, {@code cc} the followers collection. */
    PUBLIC("public"),
    /** {@code to} the followers collection, {@code cc} Public (listed nowhere, readable by anyone). */
    UNLISTED("unlisted"),
    /** {@code to} the followers collection only. */
    FOLLOWERS("followers");

    /** The ActivityStreams public collection. */
    public static final String PUBLIC_COLLECTION = "https://www.w3.org/ns/activitystreams#Public";

    private final String optionValue;

    Visibility(String optionValue) {
        this.optionValue = optionValue;
    }

    /** The value of the {@code visibility} option that selects this. */
    public String optionValue() {
        return optionValue;
    }

    public List<String> to(String followers) {
        return this == PUBLIC ? List.of(PUBLIC_COLLECTION) : List.of(followers);
    }

    public List<String> cc(String followers) {
        return switch (this) {
            case PUBLIC -> List.of(followers);
            case UNLISTED -> List.of(PUBLIC_COLLECTION);
            case FOLLOWERS -> List.of();
        };
    }
}
