package dev.fledge.model;

import java.time.Instant;

/** The oldest and newest moment of something (posts of an archive); both null when there is nothing. */
public record TimeRange(Instant first, Instant last) {
}
