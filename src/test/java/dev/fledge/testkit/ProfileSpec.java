package dev.fledge.testkit;

/**
 * The profile.js row, filled in inside {@code profile(p -> p.bio("…").avatar().header())}. Avatar and header
 * also get their files in {@code profile_media/} (FORMAT.md §2.1).
 */
public final class ProfileSpec {
    String bio = "";
    String website = "";
    String location = "";
    boolean avatar;
    boolean header;

    ProfileSpec() {
    }

    /** The bio, stored raw (not escaped). */
    public ProfileSpec bio(String bio) {
        this.bio = bio;
        return this;
    }

    /** The website field: X stores the t.co short link here, e.g. {@code https://t.co/FBrSGVsh1R}. */
    public ProfileSpec website(String tcoUrl) {
        this.website = tcoUrl;
        return this;
    }

    public ProfileSpec location(String location) {
        this.location = location;
        return this;
    }

    /** An avatar: {@code avatarMediaUrl} and the file {@code <accountId>-<name>.jpg}. */
    public ProfileSpec avatar() {
        this.avatar = true;
        return this;
    }

    /** A header (banner): {@code headerMediaUrl} without extension and the file {@code <accountId>-<n>.jpg}. */
    public ProfileSpec header() {
        this.header = true;
        return this;
    }
}
