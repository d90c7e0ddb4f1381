package org.jointresearch.registry.api.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.jointresearch.registry.search.query.SearchParameterException;

import java.util.List;

/** Answers a search parameter the search cannot act on with 400, naming it, like any other bad parameter. */
@Singleton
class SearchParameterHandler implements ExceptionHandler<SearchParameterException, HttpResponse<?>> {

    private final Problems problems;

    SearchParameterHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, SearchParameterException exception) {
        return problems.respond(request, HttpStatus.BAD_REQUEST, "bad-parameter", exception.getMessage(),
                List.of(new Problems.FieldProblem(exception.parameter(), exception.getMessage())));
    }
}
