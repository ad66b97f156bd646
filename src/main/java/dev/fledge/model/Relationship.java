package dev.fledge.model;

/** Which account list of the archive an account id comes from. */
public enum Relationship {
    /** follower.js: accounts following the archive's account. */
    FOLLOWER,
    /** following.js: accounts the archive's account follows. */
    FOLLOWING,
    /** block.js: accounts blocked by the archive's account. */
    BLOCKED,
    /** mute.js: accounts muted by the archive's account. */
    MUTED
}
