package dev.fledge.render.activitypub;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link AsDates} writes dates digit by digit; it must write what the formatter it replaced wrote. */
class AsDatesTest {
    private static final DateTimeFormatter REFERENCE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private static String reference(Instant instant) {
        return REFERENCE.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    void knownDates() {
        assertEquals("2024-09-02T10:03:07Z", AsDates.format(Instant.parse("2024-09-02T10:03:07.999Z")));
        assertEquals("1970-01-01T00:00:00Z", AsDates.format(Instant.EPOCH));
        assertEquals("1969-12-31T23:59:59Z", AsDates.format(Instant.parse("1969-12-31T23:59:59.5Z")));
        assertEquals("2024-02-29T00:00:00Z", AsDates.formatDay(Instant.parse("2024-02-29T23:59:59Z")));
        assertEquals("0000-01-01T00:00:00Z", AsDates.format(Instant.parse("0000-01-01T00:00:00Z")));
        assertEquals("9999-12-31T23:59:59Z", AsDates.format(Instant.parse("9999-12-31T23:59:59Z")));
    }

    @Test
    void yearsWithoutFourDigitsKeepTheFormattersSign() {
        assertEquals(reference(Instant.parse("+10000-01-01T00:00:00Z")), AsDates.format(Instant.parse("+10000-01-01T00:00:00Z")));
        assertEquals("+10000-01-01T00:00:00Z", AsDates.format(Instant.parse("+10000-01-01T00:00:00Z")));
        assertEquals(reference(Instant.parse("-0001-12-31T23:59:59Z")), AsDates.format(Instant.parse("-0001-12-31T23:59:59Z")));
    }

    @Test
    void sameAsTheFormatterAcrossTheRange() {
        SplittableRandom random = new SplittableRandom(7);
        long from = Instant.parse("-0002-01-01T00:00:00Z").getEpochSecond();
        long until = Instant.parse("+10002-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(from, until), random.nextInt(1_000_000_000));
            assertEquals(reference(instant), AsDates.format(instant), instant::toString);
        }
    }
}
