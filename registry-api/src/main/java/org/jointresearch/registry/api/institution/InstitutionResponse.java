package org.jointresearch.registry.api.institution;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.institution.Institution;
import org.jointresearch.registry.core.institution.InstitutionKind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An institution as the API shows it. */
@Serdeable
public record InstitutionResponse(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String name,
        @Nullable String nameZh,
        List<String> aliases,
        InstitutionKind kind,
        @Nullable UUID parentId,
        @Nullable String rorId,
        @Nullable String city,
        @Nullable String countryCode,
        @Nullable String website) {

    public static InstitutionResponse of(Institution institution) {
        return new InstitutionResponse(institution.id(), institution.version(), institution.createdAt(),
                institution.updatedAt(), institution.name(), institution.nameZh(), institution.aliases(),
                institution.kind(), institution.parentId(), institution.rorId(), institution.city(),
                institution.countryCode(), institution.website());
    }
}
