package org.jointresearch.registry.search.index;

import java.io.IOException;

/** Sends requests to Elasticsearch, turning "no answer at all" into {@link SearchUnavailableException}. */
public final class Requests {

    private Requests() {
    }

    public static <T> T send(String doing, Request<T> request) {
        try {
            return request.send();
        } catch (IOException e) {
            throw new SearchUnavailableException(doing, e);
        }
    }

    /** One request to Elasticsearch. */
    @FunctionalInterface
    public interface Request<T> {
        T send() throws IOException;
    }
}
