package dev.fledge.model;

import java.time.Instant;

/**
 * One earlier version of an edited direct message ({@code editHistory}, 2024+). X has exported only empty edit
 * histories so far, so the shape is inferred: each field is null when the archive does not give it.
 */
public record DirectMessageEdit(String id, Instant createdAt, String text) {
}
