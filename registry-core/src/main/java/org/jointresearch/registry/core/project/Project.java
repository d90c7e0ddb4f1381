package org.jointresearch.registry.core.project;

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

/** The row of a joint project; its institutions, people and funding are rows of their own. */
@Serdeable
@MappedEntity("project")
public record Project(
        @Id UUID id,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        String title,
        @Nullable String summary,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> keywords,
        @TypeDef(type = DataType.STRING_ARRAY) List<String> disciplineCodes,
        ProjectStatus status,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable UUID centreId,
        @Nullable UUID teamId,
        @Nullable UUID agreementId) {
}
