package dev.fledge.xarchive;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The date formats of X archives: ISO-8601 ({@code 2024-11-16T11:33:22.222Z}, newer files), the "Twitter date"
 * ({@code Sat Nov 09 12:14:18 +0000 2024}, tweets) and the Grailbird form ({@code 2019-02-08 11:27:30 +0000}).
 */
final class ArchiveDates {

    private static final DateTimeFormatter TWITTER =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ROOT);
    private static final DateTimeFormatter GRAILBIRD =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT);

    private ArchiveDates() {
    }

    /** Parses any of the three forms; null for null, blank or unparseable text. */
    static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            if (t.length() > 10 && t.charAt(10) == 'T') {
                return OffsetDateTime.parse(t).toInstant();
            }
            if (t.length() > 4 && Character.isDigit(t.charAt(0))) {
                return OffsetDateTime.parse(t, GRAILBIRD).toInstant();
            }
            return OffsetDateTime.parse(t, TWITTER).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
