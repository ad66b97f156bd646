package dev.fledge.testkit;

import java.time.Instant;

/**
 * X ids ("snowflakes"): the upper bits are milliseconds since the Twitter epoch, so
 * {@code (id >> 22) + 1288834974657} is the creation time in epoch millis (FORMAT.md §9).
 */
public final class Snowflake {
    /** 2010-11-04T01:42:54.657Z, the Twitter epoch in epoch millis. */
    public static final long TWITTER_EPOCH_MILLIS = 1288834974657L;

    private Snowflake() {
    }

    /** The id created at {@code at} with {@code lowBits} (22 bits: worker and sequence) below the time. */
    public static long of(Instant at, int lowBits) {
        long millis = at.toEpochMilli() - TWITTER_EPOCH_MILLIS;
        if (millis < 0) {
            throw new IllegalArgumentException("snowflake ids start at 2010-11-04: " + at);
        }
        return (millis << 22) | (lowBits & 0x3FFFFF);
    }

    /** The creation time encoded in a snowflake id. */
    public static Instant instant(long id) {
        return Instant.ofEpochMilli((id >> 22) + TWITTER_EPOCH_MILLIS);
    }

    /** The creation time encoded in a snowflake id given as a string. */
    public static Instant instant(String id) {
        return instant(Long.parseLong(id));
    }
}
