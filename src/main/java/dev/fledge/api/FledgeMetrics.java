package dev.fledge.api;

import dev.fledge.problem.ProblemType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * The service's own Prometheus metrics (at {@code /q/metrics}): archives processed per endpoint, compressed bytes
 * read, processing time, and failures by problem type. Nothing here carries archive content.
 */
@ApplicationScoped
public class FledgeMetrics {
    private final MeterRegistry registry;

    public FledgeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** One archive processed to the end by {@code operation} (inspect, or a convert target). */
    public void processed(String operation, long archiveBytes, Duration duration) {
        Counter.builder("fledge.archives.processed").description("Archives processed to the end")
                .tag("operation", operation).register(registry).increment();
        Counter.builder("fledge.archive.read").description("Bytes of uploaded archives read")
                .baseUnit("bytes").tag("operation", operation).register(registry).increment(archiveBytes);
        Timer.builder("fledge.archive.duration").description("Time from upload stored to answer complete")
                .tag("operation", operation).register(registry).record(duration);
    }

    /** A request that ended in a problem answer, or a stream that had to be aborted. */
    public void failure(ProblemType type) {
        Counter.builder("fledge.failures").description("Requests that ended in a problem, by problem type")
                .tag("type", type.slug()).register(registry).increment();
    }
}
