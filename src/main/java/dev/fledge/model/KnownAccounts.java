package dev.fledge.model;

import java.util.Optional;

/** X user id ↔ screen name pairings found in an archive (own account, mentions, reply fields, renames). */
public interface KnownAccounts {

    Optional<KnownAccount> byId(String id);

    /** Case-insensitive; the newest holder of the name, flagged ambiguous when the name was recycled. */
    Optional<KnownAccount> byScreenName(String screenName);

    int size();
}
