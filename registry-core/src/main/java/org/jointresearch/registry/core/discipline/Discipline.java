package org.jointresearch.registry.core.discipline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/**
 * A field of research in the discipline tree (OECD FORD and the registry's finer children); callers
 * know it by its code, whose segments spell out its ancestors ("3.2.1" lies under "3.2" under "3").
 */
@Serdeable
@MappedEntity("discipline")
public record Discipline(
        @Id UUID id,
        @Version @Nullable Long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt,
        String code,
        String name,
        @Nullable String nameZh,
        @Nullable String parentCode) {

    /** The code of the parent a discipline with this code must have: the code minus its last segment. */
    public static @Nullable String parentOf(String code) {
        int lastDot = code.lastIndexOf('.');
        return lastDot < 0 ? null : code.substring(0, lastDot);
    }
}
