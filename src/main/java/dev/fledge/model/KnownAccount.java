package dev.fledge.model;

import java.time.Instant;

/**
 * What the archive says about an X account's screen name: the newest pairing of its id with a name.
 *
 * @param id         X user id
 * @param screenName handle without {@code @}, as last seen
 * @param lastSeen   date of the newest record that paired them (null when no dated record did)
 * @param ambiguous  true when the id was seen with two names, or its name with another id: such a pairing must
 *                   never be used to address someone (a wrong row follows or blocks a stranger)
 */
public record KnownAccount(String id, String screenName, Instant lastSeen, boolean ambiguous) {
}
