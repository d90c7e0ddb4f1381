package org.jointresearch.registry.api.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem: every error the registry answers with, as {@code application/problem+json}.
 *
 * @param errors for a refused request, each field at fault and why
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, @Nullable String detail, List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A field of the request and what is wrong with it. */
    @Serdeable
    public record Violation(String field, String message) {
    }
}
