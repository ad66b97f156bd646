package dev.fledge.model;

/**
 * One liked post from {@code like.js}.
 *
 * @param tweetId id of the liked post
 * @param url     the link X wrote ({@code https://twitter.com/i/web/status/<id>}), or null
 * @param text    the liked post's text, HTML entities decoded once; null when X did not export it (deleted,
 *                protected or suspended authors, and archives before mid-2019)
 */
public record Like(String tweetId, String url, String text) {
}
