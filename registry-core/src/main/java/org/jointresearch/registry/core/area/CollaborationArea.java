package org.jointresearch.registry.core.area;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** Something an agreement commits its parties to work on together, such as medical education; known by its code. */
@Serdeable
@MappedEntity("collaboration_area")
public record CollaborationArea(
        @Id UUID id,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        String code,
        String name,
        @Nullable String nameZh,
        @Nullable String description) {
}
