package org.jointresearch.registry.search.index;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Sends one page of a rebuild while the next is read from the database, so that the registry builds
 * documents while Elasticsearch indexes the ones before; never more than one page in flight.
 */
final class PagePipeline {

    private final Executor sender;
    private CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);

    PagePipeline(Executor sender) {
        this.sender = sender;
    }

    /** Waits for the page in flight, failing as it failed, then starts sending this one. */
    void send(Runnable page) {
        awaitSent();
        inFlight = CompletableFuture.runAsync(page, sender);
    }

    /** Waits until the page in flight is sent, failing as it failed. */
    void awaitSent() {
        try {
            inFlight.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Waits until the page in flight is done, however it ends: before its index is dropped after a failure. */
    void awaitQuietly() {
        inFlight.exceptionally(ignored -> null).join();
    }
}
