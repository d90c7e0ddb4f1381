package org.jointresearch.registry.api.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.jointresearch.registry.search.index.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Answers a search while Elasticsearch cannot be reached with 503: the registry itself is fine and the
 * records still answer from the database, only searching must wait.
 */
@Singleton
class SearchUnavailableHandler implements ExceptionHandler<SearchUnavailableException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(SearchUnavailableHandler.class);

    private final Problems problems;

    SearchUnavailableHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, SearchUnavailableException exception) {
        LOG.warn("{} {}: {}", request.getMethod(), request.getPath(), exception.getMessage());
        return problems.respond(request, HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable",
                "search is unavailable for the moment; try again shortly", List.of());
    }
}
