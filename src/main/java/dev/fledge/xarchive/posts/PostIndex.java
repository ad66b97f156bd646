package dev.fledge.xarchive.posts;

import java.util.Arrays;

/**
 * What stays in memory per collected post: creation time, id, spool offset (24 bytes) and one byte of flags
 * (kind, self-reply, quote, origin) for the counts. Arrays grow by doubling. Sorting works on an {@code int[]}
 * permutation (merge sort, stable, fast on the presorted runs tweets files have).
 */
final class PostIndex {

    static final int KIND_MASK = 0b11;
    static final int SELF_REPLY = 1 << 2;
    static final int QUOTES = 1 << 3;
    static final int ORIGIN_SHIFT = 4;

    private int size;
    private long[] createdAt = new long[1024];
    private long[] ids = new long[1024];
    private long[] offsets = new long[1024];
    private byte[] flags = new byte[1024];

    int add(long createdAtMillis, long id, long offset, int flagBits) {
        if (size == ids.length) {
            int n = size * 2;
            createdAt = Arrays.copyOf(createdAt, n);
            ids = Arrays.copyOf(ids, n);
            offsets = Arrays.copyOf(offsets, n);
            flags = Arrays.copyOf(flags, n);
        }
        createdAt[size] = createdAtMillis;
        ids[size] = id;
        offsets[size] = offset;
        flags[size] = (byte) flagBits;
        return size++;
    }

    int size() {
        return size;
    }

    long createdAt(int i) {
        return createdAt[i];
    }

    long id(int i) {
        return ids[i];
    }

    long offset(int i) {
        return offsets[i];
    }

    int flags(int i) {
        return flags[i] & 0xFF;
    }

    int origin(int i) {
        return (flags[i] & 0xFF) >>> ORIGIN_SHIFT;
    }

    /** A copy of the ids (for duplicate detection). */
    long[] idsCopy() {
        return Arrays.copyOf(ids, size);
    }

    /** Sorts {@code perm[0, n)} by (createdAt, id). */
    void sort(int[] perm, int n) {
        int[] tmp = new int[n];
        mergeSort(perm, tmp, 0, n);
    }

    private void mergeSort(int[] a, int[] tmp, int from, int to) {
        int n = to - from;
        if (n < 24) {
            for (int i = from + 1; i < to; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= from && greater(a[j], v)) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid);
        mergeSort(a, tmp, mid, to);
        if (!greater(a[mid - 1], a[mid])) {
            return;
        }
        if (greater(a[from], a[to - 1])) {
            // the halves are swapped as a whole (newest-first input): rotate instead of merging
            System.arraycopy(a, from, tmp, from, mid - from);
            System.arraycopy(a, mid, a, from, to - mid);
            System.arraycopy(tmp, from, a, from + (to - mid), mid - from);
            return;
        }
        System.arraycopy(a, from, tmp, from, n);
        int i = from;
        int j = mid;
        int k = from;
        while (i < mid && j < to) {
            a[k++] = greater(tmp[i], tmp[j]) ? tmp[j++] : tmp[i++];
        }
        while (i < mid) {
            a[k++] = tmp[i++];
        }
        while (j < to) {
            a[k++] = tmp[j++];
        }
    }

    private boolean greater(int x, int y) {
        long cx = createdAt[x];
        long cy = createdAt[y];
        if (cx != cy) {
            return cx > cy;
        }
        return ids[x] > ids[y];
    }
}
