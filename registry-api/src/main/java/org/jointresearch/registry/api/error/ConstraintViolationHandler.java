package org.jointresearch.registry.api.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import org.jointresearch.registry.core.common.FieldError;

import java.util.Comparator;

/**
 * Answers a request the core's validation refused with 422, naming each field as the client sent it
 * ({@code affiliations[0].institutionId}), not as the Java method saw it.
 */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

    private final Problems problems;

    ConstraintViolationHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        var fields = exception.getConstraintViolations().stream()
                .map(FieldError::of)
                .map(error -> new Problems.FieldProblem(error.field(), error.message()))
                .sorted(Comparator.comparing(Problems.FieldProblem::field))
                .toList();
        return problems.respond(request, HttpStatus.UNPROCESSABLE_ENTITY, "invalid", "invalid request", fields);
    }
}
