package dev.fledge.render.activitypub;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Date-times as ActivityStreams publishers should write them and Mastodon does: {@code YYYY-MM-DDTHH:MM:SSZ}. */
public final class AsDates {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private AsDates() {
    }

    /** 0000-01-01T00:00:00Z and 10000-01-01T00:00:00Z in epoch seconds: the years written with four digits. */
    private static final long FOUR_DIGIT_YEARS_FROM = -62_167_219_200L;
    private static final long FOUR_DIGIT_YEARS_UNTIL = 253_402_300_800L;

    /**
     * Whole seconds, UTC, uppercase {@code T} and {@code Z}. Written digit by digit for years 0 to 9999 (every post,
     * several times: {@code DateTimeFormatter} took 7 % of an ActivityStreams export's CPU); other years go through the
     * formatter, which gives them a sign.
     */
    public static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FOUR_DIGIT_YEARS_FROM || seconds >= FOUR_DIGIT_YEARS_UNTIL) {
            return FORMAT.format(instant.truncatedTo(ChronoUnit.SECONDS));
        }
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        byte[] text = new byte[20];
        digits(text, 0, day.getYear(), 4);
        text[4] = '-';
        digits(text, 5, day.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, day.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, secondOfDay / 3600, 2);
        text[13] = ':';
        digits(text, 14, secondOfDay / 60 % 60, 2);
        text[16] = ':';
        digits(text, 17, secondOfDay % 60, 2);
        text[19] = 'Z';
        return new String(text, StandardCharsets.US_ASCII);
    }

    private static void digits(byte[] into, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            into[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    /** The day of {@code instant} at midnight UTC (Mastodon writes an account's creation so). */
    public static String formatDay(Instant instant) {
        return format(instant.truncatedTo(ChronoUnit.DAYS));
    }
}
