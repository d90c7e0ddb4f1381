package org.jointresearch.registry.search.index;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Makes sure, at start-up, that the indexes exist and match the database and the mappings, building them
 * if not ({@link Reindexer#ensure}). With Elasticsearch away the registry starts anyway; the indexer tries
 * again before each drain until it succeeds.
 */
@Singleton
class IndexBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(IndexBootstrap.class);

    private final Reindexer reindexer;
    private volatile boolean done;

    IndexBootstrap(Reindexer reindexer) {
        this.reindexer = reindexer;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        ensureIfPending().ifPresent(error -> LOG.warn("Search indexes not checked, will try again: {}", error));
    }

    /** Ensures the indexes unless that already succeeded once; answers why it failed, if it did. */
    synchronized Optional<String> ensureIfPending() {
        if (!done) {
            try {
                reindexer.ensure();
                done = true;
            } catch (SearchUnavailableException | ElasticsearchException e) {
                return Optional.of(e.getMessage());
            }
        }
        return Optional.empty();
    }
}
