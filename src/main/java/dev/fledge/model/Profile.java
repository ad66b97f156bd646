package dev.fledge.model;

/**
 * The public profile of the account, from {@code profile.js} (classic archives: the bio of user_details.js).
 *
 * @param bio      profile text, raw (not HTML-escaped in the archive), or null
 * @param website  the website as the archive stores it: a {@code t.co} short link, or null when empty
 * @param location free-text location, or null
 * @param avatar   the avatar picture, or null when the profile has none
 * @param header   the header (banner) picture, or null when the profile has none
 */
public record Profile(String bio, String website, String location, MediaFileRef avatar, MediaFileRef header) {
}
