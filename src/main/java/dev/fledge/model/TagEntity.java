package dev.fledge.model;

/**
 * A hashtag or cashtag in a post's text, at {@code [start, end)} (the range includes the {@code #}, {@code ＃} or
 * {@code $}).
 *
 * @param text the tag without its sign
 */
public record TagEntity(int start, int end, String text) {
}
