package dev.fledge.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Secondary JMH results of the post writers, reported as rates next to ops/s: {@code posts} (posts of the input
 * document walked per second, whether the target exports them or leaves them out by its options) and
 * {@code outputMegabytes} (MB/s, 10^6 bytes, of output written).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class WrittenCounter {
    public long posts;
    public double outputMegabytes;

    /** JMH sums the counters per iteration: start each at zero. */
    @Setup(Level.Iteration)
    public void reset() {
        posts = 0;
        outputMegabytes = 0;
    }

    void add(long postCount, long outputBytes) {
        posts += postCount;
        outputMegabytes += outputBytes / 1e6;
    }
}
