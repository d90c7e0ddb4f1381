package org.jointresearch.registry.search.index;

import java.io.IOException;

/** Elasticsearch could not be reached: the request never got an answer. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String doing, IOException cause) {
        super("Elasticsearch unavailable while " + doing + ": " + cause.getMessage(), cause);
    }
}
