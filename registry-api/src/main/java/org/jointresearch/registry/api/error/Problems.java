package org.jointresearch.registry.api.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** Builds error responses through Micronaut's error processor, so they share the one problem format. */
@Singleton
public class Problems {

    /** Problem types of the registry's own refusals; HTTP-level errors use {@code about:blank}. */
    public static final String TYPE_PREFIX = "urn:joint-research-registry:problem:";

    private final ErrorResponseProcessor<?> processor;

    Problems(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    public MutableHttpResponse<?> respond(HttpRequest<?> request, HttpStatus status, String type,
                                          String detail, List<FieldProblem> fields) {
        var context = ErrorContext.builder(request);
        if (fields.isEmpty()) {
            context.error(error(type, null, detail));
        } else {
            fields.forEach(field -> context.error(error(type, field.field(), field.message())));
        }
        return processor.processResponse(context.build(), HttpResponse.status(status));
    }

    private static Error error(String type, String path, String message) {
        return new Error() {
            @Override
            public Optional<String> getPath() {
                return Optional.ofNullable(path);
            }

            @Override
            public String getMessage() {
                return message;
            }

            @Override
            public Optional<String> getTitle() {
                return Optional.of(TYPE_PREFIX + type);
            }
        };
    }

    /** A field at fault and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }
}
