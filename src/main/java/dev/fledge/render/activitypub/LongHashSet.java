package dev.fledge.render.activitypub;

import java.util.Arrays;

/**
 * A set of longs in one open-addressing {@code long[]} (no boxing): 8 bytes per slot, at most half full, so about
 * 16 bytes per member. Used for post and media ids, of which there can be millions.
 */
public final class LongHashSet {
    private static final long EMPTY = 0L;

    private long[] slots;
    private boolean containsZero;
    private int size;

    public LongHashSet(int expected) {
        int capacity = 16;
        while (capacity < Math.max(expected, 1) * 2L && capacity < (1 << 30)) {
            capacity <<= 1;
        }
        slots = new long[capacity];
    }

    /** Adds {@code value}; returns false when it was already there. */
    public boolean add(long value) {
        if (value == EMPTY) {
            boolean added = !containsZero;
            containsZero = true;
            if (added) {
                size++;
            }
            return added;
        }
        if ((size + 1) * 2L > slots.length) {
            grow();
        }
        return insert(slots, value);
    }

    public boolean contains(long value) {
        if (value == EMPTY) {
            return containsZero;
        }
        int mask = slots.length - 1;
        int i = index(value, mask);
        while (true) {
            long slot = slots[i];
            if (slot == EMPTY) {
                return false;
            }
            if (slot == value) {
                return true;
            }
            i = (i + 1) & mask;
        }
    }

    public int size() {
        return size;
    }

    private boolean insert(long[] table, long value) {
        int mask = table.length - 1;
        int i = index(value, mask);
        while (true) {
            long slot = table[i];
            if (slot == EMPTY) {
                table[i] = value;
                if (table == slots) {
                    size++;
                }
                return true;
            }
            if (slot == value) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        long[] target = slots;
        for (long value : old) {
            if (value != EMPTY) {
                int mask = target.length - 1;
                int i = index(value, mask);
                while (target[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                target[i] = value;
            }
        }
        Arrays.fill(old, EMPTY);
    }

    private static int index(long value, int mask) {
        long h = value * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
