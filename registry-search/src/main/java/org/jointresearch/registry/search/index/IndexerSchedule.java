package org.jointresearch.registry.search.index;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.change.Outbox;
import org.jointresearch.registry.search.index.IndexerState.Lane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Drains the outbox on a fixed delay: changes every {@code registry.search.indexer.interval}, their
 * follow-ups every {@code follow-up-interval}, each on its own thread and backing off while its drains fail.
 * A rebuild requested by a large import starts once no such request has come for {@code rebuild-quiet}.
 * Off with {@code registry.search.indexer.enabled: false}, for tests that drive the indexer by hand.
 */
@Singleton
@Requires(property = "registry.search.indexer.enabled", notEquals = "false")
class IndexerSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(IndexerSchedule.class);

    private final OutboxIndexer indexer;
    private final IndexBootstrap bootstrap;
    private final IndexerState state;
    private final Outbox outbox;
    private final ReindexJobs rebuilds;
    private final IndexerSettings settings;
    private final Clock clock = Clock.systemUTC();

    IndexerSchedule(OutboxIndexer indexer, IndexBootstrap bootstrap, IndexerState state, Outbox outbox,
                    ReindexJobs rebuilds, IndexerSettings settings) {
        this.indexer = indexer;
        this.bootstrap = bootstrap;
        this.state = state;
        this.outbox = outbox;
        this.rebuilds = rebuilds;
        this.settings = settings;
    }

    @Scheduled(fixedDelay = "${registry.search.indexer.interval:200ms}")
    void drainChanges() {
        drain(Lane.CHANGES, () -> rebuildRequested() ? DrainOutcome.NOTHING : indexer.drainChanges());
    }

    /**
     * Starts a requested rebuild once the requests have stopped coming, and again no sooner than
     * {@code backoff-max} after one failed; the drains claim nothing until one has run.
     */
    private boolean rebuildRequested() {
        var requestedAt = outbox.rebuildRequestedAt();
        var now = clock.instant();
        var last = rebuilds.state();
        boolean failedLately = last.error() != null && last.finishedAt() != null
                && last.finishedAt().plus(settings.backoffMax()).isAfter(now);
        requestedAt.filter(at -> !failedLately && !at.plus(settings.rebuildQuiet()).isAfter(now))
                .ifPresent(at -> rebuilds.start());
        return requestedAt.isPresent();
    }

    @Scheduled(fixedDelay = "${registry.search.indexer.follow-up-interval:1s}")
    void drainFollowUps() {
        drain(Lane.FOLLOW_UPS, indexer::drainFollowUps);
    }

    private void drain(Lane lane, Supplier<DrainOutcome> drain) {
        if (!state.mayAttempt(lane, clock.instant())) {
            return;
        }
        try {
            var unchecked = bootstrap.ensureIfPending();
            // Drained even so: rows that cannot be indexed then say why they wait.
            var outcome = drain.get();
            var error = outcome.failed() > 0 ? outcome.error() : unchecked.orElse(null);
            if (error == null) {
                state.succeeded(lane, clock.instant());
            } else {
                fail(lane, error);
            }
        } catch (RuntimeException e) {
            fail(lane, e.toString());
        }
    }

    private void fail(Lane lane, String error) {
        boolean first = !state.isFailing(lane);
        state.failed(lane, clock.instant(), error);
        if (first) {
            LOG.warn("Indexing {} failed, they stay in the outbox and are retried: {}",
                    lane == Lane.CHANGES ? "changes" : "follow-ups", error);
        }
    }
}
