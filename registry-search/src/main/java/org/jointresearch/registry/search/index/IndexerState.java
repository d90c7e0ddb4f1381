package org.jointresearch.registry.search.index;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * How this instance's indexer has been doing, for the index status, and when it may try again: after a
 * failure it backs off, doubling the pause with each failure in a row up to a ceiling, so an Elasticsearch
 * that is away is not hammered and one that comes back is noticed soon. Changes and follow-ups drain apart
 * and back off apart: one can fail (a people index refusing documents) while the other goes through.
 */
@Singleton
public class IndexerState {

    /** The two queues the indexer drains. */
    enum Lane { CHANGES, FOLLOW_UPS }

    private final IndexerSettings settings;
    private final Map<Lane, Report> reports = new EnumMap<>(Lane.class);

    IndexerState(IndexerSettings settings) {
        this.settings = settings;
        for (var lane : Lane.values()) {
            reports.put(lane, new Report(null, null, null, 0, null));
        }
    }

    /** The report of the lane failing longest, or of the changes while neither fails. */
    public synchronized Report report() {
        var changes = reports.get(Lane.CHANGES);
        var followUps = reports.get(Lane.FOLLOW_UPS);
        return followUps.consecutiveFailures() > changes.consecutiveFailures() ? followUps : changes;
    }

    synchronized boolean mayAttempt(Lane lane, Instant now) {
        var next = reports.get(lane).nextAttemptAt();
        return next == null || !now.isBefore(next);
    }

    synchronized boolean isFailing(Lane lane) {
        return reports.get(lane).consecutiveFailures() > 0;
    }

    synchronized void succeeded(Lane lane, Instant now) {
        var report = reports.get(lane);
        reports.put(lane, new Report(now, report.lastErrorAt(), report.lastError(), 0, null));
    }

    synchronized void failed(Lane lane, Instant now, String error) {
        var report = reports.get(lane);
        int failures = report.consecutiveFailures() + 1;
        reports.put(lane, new Report(report.lastDrainAt(), now, error, failures,
                now.plus(delay(failures, settings.backoffInitial(), settings.backoffMax()))));
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
