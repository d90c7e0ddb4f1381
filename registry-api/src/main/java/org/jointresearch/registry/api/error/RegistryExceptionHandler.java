package org.jointresearch.registry.api.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.common.DuplicateException;
import org.jointresearch.registry.core.common.NotFoundException;
import org.jointresearch.registry.core.common.RegistryException;
import org.jointresearch.registry.core.common.RuleViolationException;
import org.jointresearch.registry.core.common.StillReferencedException;
import org.jointresearch.registry.core.common.VersionConflictException;

import java.util.List;

/** Answers every business rejection of the core with the status and problem it deserves. */
@Singleton
class RegistryExceptionHandler implements ExceptionHandler<RegistryException, HttpResponse<?>> {

    private final Problems problems;

    RegistryExceptionHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RegistryException exception) {
        return switch (exception) {
            case NotFoundException e -> problems.respond(request, HttpStatus.NOT_FOUND, "not-found", e.getMessage(), List.of());
            case StillReferencedException e ->
                    problems.respond(request, HttpStatus.CONFLICT, "still-referenced", e.getMessage(), List.of());
            case VersionConflictException e ->
                    problems.respond(request, HttpStatus.PRECONDITION_FAILED, "version-conflict", e.getMessage(), List.of());
            case DuplicateException e -> problems.respond(request, HttpStatus.CONFLICT, "duplicate", e.getMessage(),
                    List.of(new Problems.FieldProblem(e.field(), e.getMessage())));
            case RuleViolationException e -> problems.respond(request, HttpStatus.UNPROCESSABLE_ENTITY, "invalid",
                    e.getMessage(), e.errors().stream()
                            .map(error -> new Problems.FieldProblem(error.field(), error.message())).toList());
        };
    }
}
