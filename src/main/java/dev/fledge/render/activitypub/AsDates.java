package dev.fledge.render.activitypub;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Date-times as ActivityStreams publishers should write them and Mastodon does: {@code YYYY-MM-DDTHH:MM:SSZ}. */
public final class AsDates {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private AsDates() {
    }

    /** Whole seconds, UTC, uppercase {@code T} and {@code Z}. */
    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The day of {@code instant} at midnight UTC (Mastodon writes an account's creation so). */
    public static String formatDay(Instant instant) {
        return format(instant.truncatedTo(ChronoUnit.DAYS));
    }
}
