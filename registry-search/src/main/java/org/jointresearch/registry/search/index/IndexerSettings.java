package org.jointresearch.registry.search.index;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * How the outbox indexer and the rebuild work through the registry.
 *
 * @param enabled         whether this instance drains the outbox on a schedule (off in tests that drain by hand)
 * @param interval        pause between two drains of the outbox's changes
 * @param followUpInterval pause between two drains of the follow-ups (people's documents around changes)
 * @param batchSize       outbox rows claimed, indexed and removed in one transaction
 * @param backoffInitial  pause after the first failed drain; it doubles with each further failure
 * @param backoffMax      the longest pause between attempts while Elasticsearch stays away
 * @param reindexPageSize records read from the database, and documents sent in one bulk request, by a rebuild
 * @param rebuildQuiet    how long after the latest request for a rebuild (by a large import) it starts unless
 *                        an administrator starts it sooner: an import sent in many requests, each of which may
 *                        take seconds, is then taken in by one rebuild rather than several
 */
@ConfigurationProperties("registry.search.indexer")
public record IndexerSettings(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "200ms") Duration interval,
        @Bindable(defaultValue = "1s") Duration followUpInterval,
        @Bindable(defaultValue = "200") @Min(1) @Max(5000) int batchSize,
        @Bindable(defaultValue = "1s") Duration backoffInitial,
        @Bindable(defaultValue = "1m") Duration backoffMax,
        @Bindable(defaultValue = "500") @Min(1) @Max(5000) int reindexPageSize,
        @Bindable(defaultValue = "30s") Duration rebuildQuiet) {
}
