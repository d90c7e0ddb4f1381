package org.jointresearch.registry.api.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.jointresearch.registry.api.common.BadParameterException;

import java.util.List;

/** Answers an unusable query parameter or body with 400, naming it. */
@Singleton
class BadParameterHandler implements ExceptionHandler<BadParameterException, HttpResponse<?>> {

    private final Problems problems;

    BadParameterHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, BadParameterException exception) {
        return problems.respond(request, HttpStatus.BAD_REQUEST, "bad-parameter", exception.getMessage(),
                List.of(new Problems.FieldProblem(exception.parameter(), exception.getMessage())));
    }
}
