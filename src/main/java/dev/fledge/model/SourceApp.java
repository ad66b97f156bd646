package dev.fledge.model;

/**
 * The client a post was made with.
 *
 * @param name e.g. {@code Twitter for Android}
 * @param url  the client's web address as X recorded it, or null
 */
public record SourceApp(String name, String url) {
}
