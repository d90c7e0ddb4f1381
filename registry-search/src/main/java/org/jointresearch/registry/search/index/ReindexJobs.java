package org.jointresearch.registry.search.index;

import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs rebuilds in the background, one at a time per instance, and remembers how the last one went. Asking
 * for a rebuild while one runs joins it: that one already takes in every change (those it misses wait in the
 * outbox), so a second would add nothing.
 */
@Singleton
public class ReindexJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ReindexJobs.class);

    private final Reindexer reindexer;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("registry-reindex").daemon().factory());
    private State state = new State(false, null, null, Map.of(), null);

    ReindexJobs(Reindexer reindexer) {
        this.reindexer = reindexer;
    }

    /** Starts a rebuild unless one is running; answers the state of the one that runs. */
    public synchronized State start() {
        if (!state.running()) {
            state = new State(true, clock.instant(), null, Map.of(), null);
            worker.execute(this::run);
        }
        return state;
    }

    public synchronized State state() {
        return state;
    }

    private void run() {
        try {
            var fresh = reindexer.rebuild();
            finish(fresh, null);
        } catch (RuntimeException e) {
            LOG.warn("Rebuilding the search indexes failed", e);
            finish(Map.of(), e.toString());
        }
    }

    private synchronized void finish(Map<RegistryIndex, String> fresh, @Nullable String error) {
        state = new State(false, state.startedAt(), clock.instant(), fresh, error);
    }

    /** Lets a running rebuild finish before the registry stops, rather than leave it half done. */
    @PreDestroy
    void stop() throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(1, TimeUnit.MINUTES)) {
            LOG.warn("A rebuild of the search indexes was still running at shut-down");
        }
    }

    /**
     * @param running    whether a rebuild runs now
     * @param startedAt  when the current or last one started
     * @param finishedAt when the last one ended
     * @param indexes    the concrete indexes the last successful one built
     * @param error      why the last one failed
     */
    public record State(boolean running, @Nullable Instant startedAt, @Nullable Instant finishedAt,
                        Map<RegistryIndex, String> indexes, @Nullable String error) {
    }
}
