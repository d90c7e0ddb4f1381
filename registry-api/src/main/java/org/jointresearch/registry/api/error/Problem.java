package org.jointresearch.registry.api.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem: every error the registry answers with, as {@code application/problem+json}.
 *
 * @param errors for a refused request, each field at fault and why
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, @Nullable String detail,
                      // Left out of the JSON when empty (NON_EMPTY above), so not required in the schema.
                      @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED) List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A field of the request and what is wrong with it. */
    @Serdeable
    public record Violation(String field, String message) {
    }
}
