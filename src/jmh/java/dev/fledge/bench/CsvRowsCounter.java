package dev.fledge.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Secondary JMH results of the Mastodon CSV writer (which writes accounts, not posts), reported as rates next to
 * ops/s: {@code rows} (CSV rows written per second, all files of the ZIP) and {@code outputMegabytes} (MB/s,
 * 10^6 bytes, of output written).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class CsvRowsCounter {
    public long rows;
    public double outputMegabytes;

    /** JMH sums the counters per iteration: start each at zero. */
    @Setup(Level.Iteration)
    public void reset() {
        rows = 0;
        outputMegabytes = 0;
    }

    void add(long rowCount, long outputBytes) {
        rows += rowCount;
        outputMegabytes += outputBytes / 1e6;
    }
}
