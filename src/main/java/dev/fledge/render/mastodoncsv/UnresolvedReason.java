package dev.fledge.render.mastodoncsv;

/**
 * Why an X account got no fediverse address. The {@link #slug()} is what {@code unresolved_accounts.csv} and
 * {@code report.json} say.
 */
public enum UnresolvedReason {
    /** The archive names the account unambiguously, but the account map has no row for it (and no bridge is used). */
    NO_MAPPING("no_mapping"),
    /** The archive never names the account, and the account map has no row for its id. */
    NO_SCREEN_NAME("no_screen_name"),
    /**
     * The archive pairs the account's id with several screen names, or its screen name with several ids, so a
     * screen name (from the map or for the bridge) cannot be trusted; the account map has no row for its id.
     */
    AMBIGUOUS_SCREEN_NAME("ambiguous_screen_name"),
    /**
     * The account map gives the account more than one address (by id and by screen name, or by two screen names),
     * or the bridge address cannot be a valid address: Fledge does not choose.
     */
    INVALID_MAPPING("invalid_mapping");

    private final String slug;

    UnresolvedReason(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
