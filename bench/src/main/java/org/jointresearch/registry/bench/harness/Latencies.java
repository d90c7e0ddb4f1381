package org.jointresearch.registry.bench.harness;

import org.HdrHistogram.Histogram;

import java.time.Duration;

/**
 * The latencies of one run of requests and how long the run took, so both the percentiles and the
 * throughput come from the same requests.
 */
public final class Latencies {

    private static final long HIGHEST_MICROS = Duration.ofMinutes(5).toNanos() / 1_000;

    private final Histogram micros = new Histogram(HIGHEST_MICROS, 3);
    private long failures;
    private Duration elapsed = Duration.ZERO;

    public synchronized void record(Duration latency) {
        micros.recordValue(Math.min(HIGHEST_MICROS, Math.max(1, latency.toNanos() / 1_000)));
    }

    public synchronized void recordFailure() {
        failures++;
    }

    synchronized void add(Latencies other) {
        micros.add(other.micros);
        failures += other.failures;
    }

    synchronized void elapsed(Duration elapsed) {
        this.elapsed = elapsed;
    }

    public synchronized long count() {
        return micros.getTotalCount();
    }

    public synchronized long failures() {
        return failures;
    }

    /** The latency at a percentile (0..100), in milliseconds. */
    public synchronized double percentileMillis(double percentile) {
        return micros.getValueAtPercentile(percentile) / 1_000.0;
    }

    public double p50() {
        return percentileMillis(50);
    }

    public double p95() {
        return percentileMillis(95);
    }

    public double p99() {
        return percentileMillis(99);
    }

    /** Requests answered per second of the run's wall-clock time. */
    public synchronized double perSecond() {
        return elapsed.isZero() ? 0 : micros.getTotalCount() / (elapsed.toNanos() / 1e9);
    }
}
