package org.jointresearch.registry.api;

import io.micronaut.http.HttpRequest;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Races several writers that all claim the same version of a record, to show that only one of them wins. */
public final class ConcurrentWriters {

    private ConcurrentWriters() {
    }

    /** Sends one {@code PUT} per body at the same time, each with {@code If-Match: etag}; the statuses, in any order. */
    public static List<Integer> put(ApiClient api, String location, String etag, List<?> bodies) {
        return bodies.parallelStream()
                .map(body -> CompletableFuture.supplyAsync(() ->
                        api.send(HttpRequest.PUT(location, body).header("If-Match", etag))))
                .map(CompletableFuture::join)
                .map(ApiClient.Reply::status)
                .toList();
    }
}
