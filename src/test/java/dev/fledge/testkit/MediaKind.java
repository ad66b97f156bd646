package dev.fledge.testkit;

/** The media types of {@code extended_entities.media[].type}. */
enum MediaKind {
    PHOTO("photo"), VIDEO("video"), GIF("animated_gif");

    final String type;

    MediaKind(String type) {
        this.type = type;
    }
}
