package org.jointresearch.registry.core.centre;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * What a list of centres may be narrowed by; an absent criterion narrows nothing. A discipline code
 * matches centres classified by it or by any code below it ("3.2" matches "3.2.1").
 */
public record CentreFilter(@Nullable UUID institutionId, @Nullable String disciplineCode,
                           @Nullable CentreStatus status, @Nullable UUID agreementId) {
}
