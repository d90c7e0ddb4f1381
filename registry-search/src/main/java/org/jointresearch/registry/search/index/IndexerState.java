package org.jointresearch.registry.search.index;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;

/**
 * How this instance's indexer has been doing, for the index status, and when it may try again: after a
 * failure it backs off, doubling the pause with each failure in a row up to a ceiling, so an Elasticsearch
 * that is away is not hammered and one that comes back is noticed soon.
 */
@Singleton
public class IndexerState {

    private final IndexerSettings settings;
    private Report report = new Report(null, null, null, 0, null);

    IndexerState(IndexerSettings settings) {
        this.settings = settings;
    }

    public synchronized Report report() {
        return report;
    }

    synchronized boolean mayAttempt(Instant now) {
        return report.nextAttemptAt() == null || !now.isBefore(report.nextAttemptAt());
    }

    synchronized void succeeded(Instant now) {
        report = new Report(now, report.lastErrorAt(), report.lastError(), 0, null);
    }

    synchronized void failed(Instant now, String error) {
        int failures = report.consecutiveFailures() + 1;
        report = new Report(report.lastDrainAt(), now, error, failures,
                now.plus(delay(failures, settings.backoffInitial(), settings.backoffMax())));
    }

    /** The pause after {@code failures} failures in a row: the initial one, doubled for each further one, capped. */
    static Duration delay(int failures, Duration initial, Duration max) {
        var delay = initial;
        for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /**
     * @param lastDrainAt         when a drain last went through without failure
     * @param lastErrorAt         when a drain last failed
     * @param lastError           why it failed
     * @param consecutiveFailures failures since the last drain that went through
     * @param nextAttemptAt       when the indexer tries again, while it backs off
     */
    public record Report(@Nullable Instant lastDrainAt, @Nullable Instant lastErrorAt, @Nullable String lastError,
                         int consecutiveFailures, @Nullable Instant nextAttemptAt) {
    }
}
