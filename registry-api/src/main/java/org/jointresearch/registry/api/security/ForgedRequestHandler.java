package org.jointresearch.registry.api.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.jointresearch.registry.api.error.Problems;

import java.util.List;

/** Answers a write without its session's token 403: a page saying what to do for browsers, a problem for others. */
@Singleton
class ForgedRequestHandler implements ExceptionHandler<ForgedRequestException, HttpResponse<?>> {

    private final Problems problems;

    ForgedRequestHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ForgedRequestException exception) {
        return problems.respond(request, HttpStatus.FORBIDDEN, "forged-form", exception.getMessage(), List.of());
    }
}
