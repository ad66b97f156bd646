package dev.fledge.model;

import java.time.Instant;

/**
 * An earlier version of an edited post.
 *
 * @param id        X's id of that version (each version has its own)
 * @param createdAt when that version was posted
 * @param text      its plain text (same rules as {@link Post#text()})
 */
public record PostVersion(String id, Instant createdAt, String text) {
}
