package dev.fledge.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A secondary JMH result of the reader benchmarks: megabytes (10^6 bytes) of uncompressed data-file bytes handled,
 * which JMH reports as a rate, i.e. MB/s, next to ops/s. Each operation adds the size of the files it read.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class DataBytesCounter {
    /** Reported as {@code megabytes} in ops/s units: MB/s of data-file bytes. */
    public double megabytes;

    /** JMH sums the counters per iteration: start each at zero. */
    @Setup(Level.Iteration)
    public void reset() {
        megabytes = 0;
    }

    void add(long bytes) {
        megabytes += bytes / 1e6;
    }
}
