package dev.fledge.model;

/** The kind of an attached media item. */
public enum MediaKind {
    PHOTO,
    VIDEO,
    /** A looping silent video (X converts uploaded GIFs to MP4). */
    ANIMATED_GIF
}
