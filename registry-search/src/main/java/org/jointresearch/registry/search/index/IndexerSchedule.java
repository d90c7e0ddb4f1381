package org.jointresearch.registry.search.index;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Drains the outbox on a fixed delay ({@code registry.search.indexer.interval}), backing off while drains
 * fail. Off with {@code registry.search.indexer.enabled: false}, for tests that drive the indexer by hand.
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

    @Scheduled(fixedDelay = "${registry.search.indexer.interval:500ms}")
    void tick() {
        if (!state.mayAttempt(clock.instant())) {
            return;
        }
        try {
            var unchecked = bootstrap.ensureIfPending();
            // Drained even so: rows that cannot be indexed then say why they wait.
            var outcome = indexer.drain();
            var error = outcome.failed() > 0 ? outcome.error() : unchecked.orElse(null);
            if (error == null) {
                state.succeeded(clock.instant());
            } else {
                fail(error);
            }
        } catch (RuntimeException e) {
            fail(e.toString());
        }
    }

    private void fail(String error) {
        boolean first = state.report().consecutiveFailures() == 0;
        state.failed(clock.instant(), error);
        if (first) {
            LOG.warn("Indexing failed, changes stay in the outbox and are retried: {}", error);
        }
    }
}
