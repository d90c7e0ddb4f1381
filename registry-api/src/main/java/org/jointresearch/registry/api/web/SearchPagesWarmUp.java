package org.jointresearch.registry.api.web;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Asks the server for its search pages once it is up, so that the first reader does not pay for what a fresh server
 * does once only. Its first request of any kind loads some 800 classes (the HTTP pipeline, routing, security), its
 * first search page some 800 more: the Elasticsearch client's request and response types, the templates, and the
 * classes the JVM spins for their lambdas and string concatenations. On the demo world a fresh server answered its
 * first search page in 0.9 to 2.1 s and the next ones in 50 to 110 ms; after this warm-up, first readers had theirs
 * in 55 to 155 ms. The client's connection is not the cost: the index check and the indexer open it at start-up.
 * The requests go through HTTP like a reader's, so they warm all that a reader's passes through, and run in the
 * background, so start-up does not wait. If one fails (Elasticsearch away), the first reader of that page pays the
 * time instead, and nothing else changes.
 */
@Singleton
class SearchPagesWarmUp {

    /** Searches with words, so that they run all the pages run: projects, facets, highlights, centres, evidence. */
    static final List<String> PATHS = List.of("/?q=research", "/collaborators?topic=research");

    private static final Logger LOG = LoggerFactory.getLogger(SearchPagesWarmUp.class);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @EventListener
    @Async(TaskExecutors.BLOCKING)
    void warmUp(ServerStartupEvent event) {
        var server = event.getSource().getURI();
        try (var client = HttpClient.newBuilder().connectTimeout(PATIENCE).build()) {
            for (var path : PATHS) {
                var started = System.nanoTime();
                try {
                    var answer = client.send(request(server.resolve(path)), HttpResponse.BodyHandlers.discarding());
                    LOG.info("Warmed up {} at start-up: {} in {} ms", path, answer.statusCode(), since(started));
                } catch (IOException e) {
                    LOG.info("Could not warm up {} at start-up, after {} ms: {}", path, since(started), e.toString());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HttpRequest request(URI page) {
        return HttpRequest.newBuilder(page).header("Accept", "text/html").timeout(PATIENCE).GET().build();
    }

    private static long since(long started) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    }
}
