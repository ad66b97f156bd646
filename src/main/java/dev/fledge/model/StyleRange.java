package dev.fledge.model;

import java.util.List;

/**
 * Formatting of a part of a long post's text, at {@code [start, end)} in UTF-16 units of {@link Post#text()}.
 *
 * @param styles the styles applied there (at least one)
 */
public record StyleRange(int start, int end, List<TextStyle> styles) {
    public StyleRange {
        styles = List.copyOf(styles);
    }
}
