package dev.fledge.render.mastodoncsv;

/** How an X account got its fediverse address; the {@link #slug()} is what {@code report.json} says. */
public enum ResolvedBy {
    /** An account-map row naming the account's X id. */
    ACCOUNT_MAP_ID("account_map_id"),
    /** An account-map row naming a screen name the archive pairs with this account alone. */
    ACCOUNT_MAP_SCREEN_NAME("account_map_screen_name"),
    /** {@code screen_name@bridgeDomain}, for a screen name the archive pairs with this account alone. */
    BRIDGE_DOMAIN("bridge_domain");

    private final String slug;

    ResolvedBy(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
