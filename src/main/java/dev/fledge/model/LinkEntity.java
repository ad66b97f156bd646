package dev.fledge.model;

/**
 * A link in a post's text. The text shows {@code expandedUrl} at {@code [start, end)}.
 *
 * @param start       first UTF-16 unit of the link in the text
 * @param end         one past its last unit
 * @param url         the t.co short link X wrote in the original text
 * @param expandedUrl the URL the short link points to (what the text shows); the t.co link when X gave none
 * @param displayUrl  X's shortened display form (host and path, cut with {@code …}), or null when unknown
 */
public record LinkEntity(int start, int end, String url, String expandedUrl, String displayUrl) {
}
