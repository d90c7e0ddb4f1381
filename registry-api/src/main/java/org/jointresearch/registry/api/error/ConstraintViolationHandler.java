package org.jointresearch.registry.api.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.stream.StreamSupport;

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
                .map(violation -> new Problems.FieldProblem(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problems.FieldProblem::field))
                .toList();
        return problems.respond(request, HttpStatus.UNPROCESSABLE_ENTITY, "invalid", "invalid request", fields);
    }

    /** The property path below the method argument: the field of the request body. */
    static String fieldOf(ConstraintViolation<?> violation) {
        var field = new StringBuilder();
        for (Path.Node node : (Iterable<Path.Node>) () -> StreamSupport
                .stream(violation.getPropertyPath().spliterator(), false).iterator()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONSTRUCTOR || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }
}
