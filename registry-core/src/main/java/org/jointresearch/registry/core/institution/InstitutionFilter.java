package org.jointresearch.registry.core.institution;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** What a list of institutions may be narrowed by; an absent criterion narrows nothing. */
public record InstitutionFilter(@Nullable InstitutionKind kind, @Nullable UUID parentId, @Nullable String countryCode) {

    public static InstitutionFilter none() {
        return new InstitutionFilter(null, null, null);
    }

    public static InstitutionFilter childrenOf(UUID parentId) {
        return new InstitutionFilter(null, parentId, null);
    }
}
