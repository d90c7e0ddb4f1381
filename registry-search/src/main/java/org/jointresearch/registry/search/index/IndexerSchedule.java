package org.jointresearch.registry.search.index;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.jointresearch.registry.search.index.IndexerState.Lane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Drains the outbox on a fixed delay: changes every {@code registry.search.indexer.interval}, their
 * follow-ups every {@code follow-up-interval}, each on its own thread and backing off while its drains fail.
 * Off with {@code registry.search.indexer.enabled: false}, for tests that drive the indexer by hand.
 */
@Singleton
@Requires(property = "registry.search.indexer.enabled", notEquals = "false")
class IndexerSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(IndexerSchedule.class);

    private final OutboxIndexer indexer;
    private final IndexBootstrap bootstrap;
    private final IndexerState state;
    private final Clock clock = Clock.systemUTC();

    IndexerSchedule(OutboxIndexer indexer, IndexBootstrap bootstrap, IndexerState state) {
        this.indexer = indexer;
        this.bootstrap = bootstrap;
        this.state = state;
    }

    @Scheduled(fixedDelay = "${registry.search.indexer.interval:200ms}")
    void drainChanges() {
        drain(Lane.CHANGES, indexer::drainChanges);
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
