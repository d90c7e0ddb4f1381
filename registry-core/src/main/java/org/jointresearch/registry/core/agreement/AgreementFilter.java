package org.jointresearch.registry.core.agreement;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * What a list of agreements may be narrowed by; an absent criterion narrows nothing.
 *
 * @param institutionId agreements this institution is a party to
 */
public record AgreementFilter(@Nullable UUID institutionId, @Nullable AgreementStatus status,
                              @Nullable AgreementKind kind) {

    public static AgreementFilter none() {
        return new AgreementFilter(null, null, null);
    }

    public static AgreementFilter ofInstitution(UUID institutionId) {
        return new AgreementFilter(institutionId, null, null);
    }
}
