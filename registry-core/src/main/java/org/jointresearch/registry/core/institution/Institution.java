package org.jointresearch.registry.core.institution;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A university, medical school, hospital or other body that signs agreements and hosts research. */
@Serdeable
@MappedEntity("institution")
public record Institution(
        @Id UUID id,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        String name,
        @Nullable String nameZh,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> aliases,
        InstitutionKind kind,
        @Nullable UUID parentId,
        @Nullable String rorId,
        @Nullable String city,
        @Nullable String countryCode,
        @Nullable String website) {
}
