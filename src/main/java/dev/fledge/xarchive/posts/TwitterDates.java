package dev.fledge.xarchive.posts;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * The date formats of post files, parsed by hand on the hot path (a formatter costs more than the rest of a row):
 * G1-G3 {@code EEE MMM dd HH:mm:ss Z yyyy} ({@code Sat Nov 09 12:14:18 +0000 2024}), Grailbird
 * {@code yyyy-MM-dd HH:mm:ss Z} ({@code 2019-02-08 08:38:13 +0000}) and ISO-8601 (note tweets). Other shapes go
 * through {@link DateTimeFormatter}s.
 */
final class TwitterDates {

    /** Marks an unparsable date. */
    static final long INVALID = Long.MIN_VALUE;

    /** Start of X's snowflake clock (ms since 1970): the time part of an id is {@code id >> 22} ms after it. */
    static final long SNOWFLAKE_EPOCH_MILLIS = 1288834974657L;

    /** Smallest id treated as a snowflake (sequential pre-2010 ids stayed below 3e10). */
    static final long MIN_SNOWFLAKE_ID = 1_000_000_000_000_000L;

    private static final DateTimeFormatter TWITTER =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z uuuu", Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter GRAILBIRD =
            DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss Z", Locale.ROOT)
                    .withResolverStyle(ResolverStyle.STRICT);

    private TwitterDates() {
    }

    /** Epoch milliseconds, or {@link #INVALID}. Accepts all three formats. */
    static long parse(String s) {
        if (s == null) {
            return INVALID;
        }
        s = s.trim();
        int len = s.length();
        if (len == 30 && s.charAt(3) == ' ') {
            return parseTwitterFast(s);
        } else if (len == 25 && s.charAt(4) == '-' && s.charAt(10) == ' ') {
            return parseGrailbirdFast(s);
        }
        try {
            if (len > 10 && s.charAt(10) == 'T') {
                return OffsetDateTime.parse(s).toInstant().toEpochMilli();
            }
            if (len > 4 && s.charAt(4) == '-') {
                return OffsetDateTime.parse(s, GRAILBIRD).toInstant().toEpochMilli();
            }
            return OffsetDateTime.parse(s, TWITTER).toInstant().toEpochMilli();
        } catch (DateTimeException e) {
            return INVALID;
        }
    }

    static Instant instant(String s) {
        long millis = parse(s);
        return millis == INVALID ? null : Instant.ofEpochMilli(millis);
    }

    /** Time encoded in a snowflake id, in epoch ms. */
    static long snowflakeMillis(long id) {
        return (id >> 22) + SNOWFLAKE_EPOCH_MILLIS;
    }

    // "Sat Nov 09 12:14:18 +0000 2024"
    private static long parseTwitterFast(String s) {
        int month = month(s.charAt(4), s.charAt(5), s.charAt(6));
        if (month == 0 || s.charAt(7) != ' ' || s.charAt(10) != ' ' || s.charAt(13) != ':' || s.charAt(16) != ':'
                || s.charAt(19) != ' ' || s.charAt(25) != ' ') {
            return INVALID;
        }
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        int offset = offsetSeconds(s, 20);
        int year = digits(s, 26, 4);
        return combine(year, month, day, hour, minute, second, offset);
    }

    // "2019-02-08 08:38:13 +0000"
    private static long parseGrailbirdFast(String s) {
        if (s.charAt(7) != '-' || s.charAt(13) != ':' || s.charAt(16) != ':' || s.charAt(19) != ' ') {
            return INVALID;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        int offset = offsetSeconds(s, 20);
        return combine(year, month, day, hour, minute, second, offset);
    }

    private static long combine(int year, int month, int day, int hour, int minute, int second, int offset) {
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || offset == Integer.MIN_VALUE) {
            return INVALID;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return INVALID;
        }
        return ((epochDay * 86400L) + hour * 3600L + minute * 60L + second - offset) * 1000L;
    }

    /** {@code +HHMM} / {@code -HHMM} at {@code at}, in seconds east of UTC; Integer.MIN_VALUE when malformed. */
    private static int offsetSeconds(String s, int at) {
        char sign = s.charAt(at);
        if (sign != '+' && sign != '-') {
            return Integer.MIN_VALUE;
        }
        int hh = digits(s, at + 1, 2);
        int mm = digits(s, at + 3, 2);
        if (hh < 0 || mm < 0 || hh > 18 || mm > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hh * 3600 + mm * 60;
        return sign == '-' ? -seconds : seconds;
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int month(char a, char b, char c) {
        switch (a) {
            case 'J':
                if (b == 'a' && c == 'n') return 1;
                if (b == 'u' && c == 'n') return 6;
                if (b == 'u' && c == 'l') return 7;
                return 0;
            case 'F':
                return b == 'e' && c == 'b' ? 2 : 0;
            case 'M':
                if (b == 'a' && c == 'r') return 3;
                if (b == 'a' && c == 'y') return 5;
                return 0;
            case 'A':
                if (b == 'p' && c == 'r') return 4;
                if (b == 'u' && c == 'g') return 8;
                return 0;
            case 'S':
                return b == 'e' && c == 'p' ? 9 : 0;
            case 'O':
                return b == 'c' && c == 't' ? 10 : 0;
            case 'N':
                return b == 'o' && c == 'v' ? 11 : 0;
            case 'D':
                return b == 'e' && c == 'c' ? 12 : 0;
            default:
                return 0;
        }
    }
}
