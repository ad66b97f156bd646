package dev.fledge.xarchive;

import java.time.Instant;
import java.util.Optional;

/**
 * CONTRACT SKELETON (owned by the posts reader): X user id → screen name, from everything in the archive that
 * pairs them (own account, mentions, reply fields, screen-name changes). Rules: id "-1" is ignored; the newest
 * pairing per id wins (by the date of the record it came from); an id seen with two names, or a name seen with
 * two ids, is ambiguous; each entry knows the date it was last seen. Screen names compare case-insensitively.
 */
public final class AccountDirectory {

    /** Records that {@code id} was called {@code screenName} in a record dated {@code seenAt} (may be null). */
    public void record(String id, String screenName, Instant seenAt) {
        throw new UnsupportedOperationException("contract skeleton");
    }

    /** What the directory knows about one account (signature as in wip-posts 6a7485c; take theirs on merge). */
    public record Entry(String id, String screenName, Instant lastSeen, boolean ambiguous) {
    }

    /** The account with this id (signature as in wip-posts 6a7485c; take theirs on merge). */
    public Optional<Entry> byId(String id) {
        throw new UnsupportedOperationException("contract skeleton");
    }
}
