package dev.fledge.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that tells a {@link Counter} how many bytes each read (or skip) brought, for progress and budgets;
 * the counter may refuse to go on by throwing.
 */
public final class CountingInputStream extends FilterInputStream {

    /** Receives each positive count of bytes read or skipped. */
    @FunctionalInterface
    public interface Counter {
        void count(long bytes) throws IOException;
    }

    private final Counter counter;

    public CountingInputStream(InputStream in, Counter counter) {
        super(in);
        this.counter = counter;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counter.count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counter.count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            counter.count(skipped);
        }
        return skipped;
    }
}
