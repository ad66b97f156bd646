package dev.fledge.model;

import java.time.Instant;

/** One rename of the archive's account, from {@code screen-name-change.js}. Any field may be null when missing. */
public record ScreenNameChange(Instant changedAt, String changedFrom, String changedTo) {
}
