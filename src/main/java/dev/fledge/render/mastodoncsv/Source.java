package dev.fledge.render.mastodoncsv;

import dev.fledge.model.Relationship;

/**
 * The archive lists whose accounts are exported: accounts followed, blocked and muted. (Followers are not: no
 * server imports them.) The {@link #slug()} is the {@code source} column of {@code unresolved_accounts.csv}.
 */
public enum Source {
    FOLLOWING("following", Relationship.FOLLOWING),
    BLOCK("block", Relationship.BLOCKED),
    MUTE("mute", Relationship.MUTED);

    private final String slug;
    private final Relationship relationship;

    Source(String slug, Relationship relationship) {
        this.slug = slug;
        this.relationship = relationship;
    }

    public String slug() {
        return slug;
    }

    public Relationship relationship() {
        return relationship;
    }
}
