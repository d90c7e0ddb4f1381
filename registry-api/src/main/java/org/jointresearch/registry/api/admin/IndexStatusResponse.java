package org.jointresearch.registry.api.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.change.OutboxBacklog;
import org.jointresearch.registry.search.index.IndexStatuses;
import org.jointresearch.registry.search.index.IndexerState;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How the search indexes stand.
 *
 * @param indexes     each index: its alias, the concrete index behind it and its document count
 * @param searchError why Elasticsearch could not be asked, when it could not
 * @param outbox      the changes the indexes have yet to take in
 * @param indexer     how this instance's indexer has been doing
 * @param reindex     the current or last rebuild started on this instance
 */
@Serdeable
public record IndexStatusResponse(List<Index> indexes, @Nullable String searchError, Outbox outbox, Indexer indexer,
                                  ReindexResponse reindex) {

    static IndexStatusResponse of(IndexStatuses.Status status, Instant now) {
        return new IndexStatusResponse(
                status.indexes().stream().map(index -> new Index(index.name(), index.alias(), index.index(),
                        index.documents())).toList(),
                status.searchError(), Outbox.of(status.outbox(), now), Indexer.of(status.indexer()),
                ReindexResponse.of(status.reindex()));
    }

    /** One index; {@code index} and {@code documents} are absent before its first build or with Elasticsearch away. */
    @Serdeable
    public record Index(String name, String alias, @Nullable String index, @Nullable Long documents) {
    }

    /**
     * @param pending             changes waiting
     * @param oldestPendingAt     when the oldest of them was made
     * @param oldestPendingMillis how long it has been waiting
     * @param maxAttempts         the most attempts any of them has had
     * @param lastError           the most recent reason one of them could not be indexed
     * @param rebuildRequestedAt  when an import last asked for the rebuild they wait for, while one is asked
     */
    @Serdeable
    public record Outbox(long pending, @Nullable Instant oldestPendingAt, @Nullable Long oldestPendingMillis,
                         int maxAttempts, @Nullable String lastError, @Nullable Instant rebuildRequestedAt) {

        static Outbox of(OutboxBacklog backlog, Instant now) {
            var oldest = backlog.oldestCreatedAt();
            var waiting = oldest == null ? null : Duration.between(oldest, now).toMillis();
            return new Outbox(backlog.pending(), oldest, waiting, backlog.maxAttempts(), backlog.lastError(),
                    backlog.rebuildRequestedAt());
        }
    }

    /**
     * @param lastDrainAt         when a drain last went through
     * @param lastErrorAt         when a drain last failed
     * @param lastError           why
     * @param consecutiveFailures drains failed since the last that went through
     * @param nextAttemptAt       when it tries again, while it backs off
     */
    @Serdeable
    public record Indexer(@Nullable Instant lastDrainAt, @Nullable Instant lastErrorAt, @Nullable String lastError,
                          int consecutiveFailures, @Nullable Instant nextAttemptAt) {

        static Indexer of(IndexerState.Report report) {
            return new Indexer(report.lastDrainAt(), report.lastErrorAt(), report.lastError(),
                    report.consecutiveFailures(), report.nextAttemptAt());
        }
    }
}
