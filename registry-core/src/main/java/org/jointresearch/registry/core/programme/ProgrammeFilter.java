package org.jointresearch.registry.core.programme;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * What a list of programmes may be narrowed by; an absent criterion narrows nothing. An institution
 * matches programmes it hosts or is a partner of.
 */
public record ProgrammeFilter(@Nullable UUID institutionId, @Nullable ProgrammeKind kind, @Nullable UUID agreementId) {

    public static ProgrammeFilter ofInstitution(UUID institutionId) {
        return new ProgrammeFilter(institutionId, null, null);
    }

    public static ProgrammeFilter ofAgreement(UUID agreementId) {
        return new ProgrammeFilter(null, null, agreementId);
    }
}
