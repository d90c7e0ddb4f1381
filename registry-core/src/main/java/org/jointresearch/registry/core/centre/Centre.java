package org.jointresearch.registry.core.centre;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The row of a joint research centre; its institutions and directors are rows of their own. */
@Serdeable
@MappedEntity("centre")
public record Centre(
        @Id UUID id,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        String name,
        @Nullable String nameZh,
        @Nullable UUID agreementId,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> disciplineCodes,
        @Nullable LocalDate establishedOn,
        CentreStatus status,
        @Nullable String description,
        @Nullable String website) {
}
