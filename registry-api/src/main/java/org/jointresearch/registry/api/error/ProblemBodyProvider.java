package org.jointresearch.registry.api.error;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Renders every error Micronaut or the registry raises (bad JSON, unknown route, refused change...)
 * as a problem document, so clients parse one error format.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        List<Problem.Violation> violations = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new Problem.Violation(error.getPath().get(), error.getMessage()))
                .toList();
        String detail = violations.isEmpty()
                ? context.getErrors().stream().map(Error::getMessage).findFirst().orElse(null)
                : violations.size() + (violations.size() == 1 ? " field is" : " fields are") + " not acceptable";
        String type = context.getErrors().stream()
                .map(Error::getTitle).flatMap(Optional::stream).findFirst().orElse("about:blank");
        return new Problem(type, response.getStatus().getReason(), response.code(), detail, violations);
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }
}
