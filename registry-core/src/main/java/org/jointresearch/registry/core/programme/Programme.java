package org.jointresearch.registry.core.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The row of an exchange or training programme; its partner institutions are rows of their own. */
@Serdeable
@MappedEntity("programme")
public record Programme(
        @Id UUID id,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        String name,
        ProgrammeKind kind,
        @Nullable UUID agreementId,
        UUID hostInstitutionId,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable Integer places,
        @Nullable String description) {
}
