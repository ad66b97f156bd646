package dev.fledge.archive;

import dev.fledge.problem.FileLocation;
import dev.fledge.problem.FledgeException;
import dev.fledge.problem.ProblemType;

import java.util.Locale;

/** Builds the {@link FledgeException}s of this package, with details written for the person who uploaded. */
final class ArchiveProblems {
    private static final String[] UNITS = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private ArchiveProblems() {
    }

    static FledgeException broken(String detail) {
        return new FledgeException(ProblemType.BROKEN_ZIP, "The ZIP archive is broken or truncated: " + detail);
    }

    /** A problem with one entry; {@code detail} follows the quoted entry name ("is encrypted."). */
    static FledgeException entry(ProblemType type, String name, String detail) {
        return new FledgeException(type, "The entry " + EntryNames.forDetail(name) + " " + detail,
                FileLocation.of(EntryNames.escape(name)));
    }

    static ArchiveDataException data(ProblemType type, String name, String detail) {
        return new ArchiveDataException(entry(type, name, detail));
    }

    /** "1,536 bytes (1.5 KiB)". */
    static String bytes(long n) {
        String exact = String.format(Locale.ROOT, "%,d bytes", n);
        if (n < 1024) {
            return exact;
        }
        int unit = 0;
        double value = n / 1024.0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return exact + " (" + number(value) + " " + UNITS[unit] + ")";
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A number without a useless ".0", one decimal otherwise. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%,.1f", value);
    }
}
