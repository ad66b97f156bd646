package dev.fledge.render.mastodoncsv;

import java.util.HashSet;
import java.util.Set;

/**
 * The X ids seen in one pass over a relationship file, to skip an id listed twice. Ids that fit in an unsigned long
 * (all real ones) are kept in an open-addressing table of primitive longs, so a million blocked accounts take
 * about 16 MB, not the ~100 MB a set of strings would; others (longer, or with leading zeros) go to a small set.
 */
final class IdSet {
    private static final int MAX_DIGITS = 20;
    private long[] table = new long[1024];
    private int size;
    private boolean hasZero;
    private final Set<String> others = new HashSet<>();

    /** Adds {@code id}; false when it was there already. */
    boolean add(String id) {
        long value = parse(id);
        if (value == -1 && !"18446744073709551615".equals(id)) {
            return others.add(id);
        }
        if (value == 0) {
            boolean added = !hasZero;
            hasZero = true;
            return added;
        }
        if ((size + 1) * 2 > table.length) {
            grow();
        }
        return insert(table, value);
    }

    private boolean insert(long[] slots, long value) {
        int mask = slots.length - 1;
        int i = mix(value) & mask;
        while (slots[i] != 0) {
            if (slots[i] == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = value;
        if (slots == table) {
            size++;
        }
        return true;
    }

    private void grow() {
        long[] old = table;
        long[] bigger = new long[old.length * 2];
        table = bigger;
        for (long value : old) {
            if (value != 0) {
                int mask = bigger.length - 1;
                int i = mix(value) & mask;
                while (bigger[i] != 0) {
                    i = (i + 1) & mask;
                }
                bigger[i] = value;
            }
        }
    }

    private static int mix(long value) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** The id as an unsigned long, or -1 when it is not canonical decimal digits fitting in 64 bits. */
    private static long parse(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_DIGITS || (id.length() > 1 && id.charAt(0) == '0')) {
            return -1;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        try {
            return Long.parseUnsignedLong(id);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
