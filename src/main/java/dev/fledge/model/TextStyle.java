package dev.fledge.model;

/** A text style X's long-post editor offers. */
public enum TextStyle {
    BOLD,
    ITALIC,
    STRIKETHROUGH,
    UNDERLINE
}
