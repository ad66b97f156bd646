package dev.fledge.xarchive.posts;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TwitterDatesTest {

    @Test
    void theThreeFormatsOfPostFiles() {
        assertEquals(Instant.parse("2024-11-09T12:14:18Z"), TwitterDates.instant("Sat Nov 09 12:14:18 +0000 2024"));
        assertEquals(Instant.parse("2019-02-08T08:38:13Z"), TwitterDates.instant("2019-02-08 08:38:13 +0000"));
        assertEquals(Instant.parse("2024-01-30T08:14:27Z"), TwitterDates.instant("2024-01-30T08:14:27.000Z"));
    }

    @Test
    void offsetsAndEveryMonth() {
        assertEquals(Instant.parse("2024-02-29T22:00:00Z"), TwitterDates.instant("Fri Mar 01 00:00:00 +0200 2024"));
        assertEquals(Instant.parse("2019-01-01T05:30:00Z"), TwitterDates.instant("2019-01-01 00:00:00 -0530"));
        String[] months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        for (int m = 0; m < 12; m++) {
            assertEquals(Instant.parse("2023-%02d-15T01:02:03Z".formatted(m + 1)),
                    TwitterDates.instant("Mon " + months[m] + " 15 01:02:03 +0000 2023"), months[m]);
        }
    }

    @Test
    void invalidDatesAreNull() {
        assertNull(TwitterDates.instant("Sat Nov 31 12:14:18 +0000 2024"));
        assertNull(TwitterDates.instant("Sat Foo 09 12:14:18 +0000 2024"));
        assertNull(TwitterDates.instant("yesterday"));
        assertNull(TwitterDates.instant(""));
        assertNull(TwitterDates.instant(null));
    }

    @Test
    void snowflakeTime() {
        assertEquals(1706602467768L, TwitterDates.snowflakeMillis(1752243867426926637L));
    }
}
