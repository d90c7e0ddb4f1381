package org.jointresearch.registry.api.discipline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.discipline.Discipline;

import java.time.Instant;

/** A discipline as the API shows it; clients address it by {@code code}. */
@Serdeable
public record DisciplineResponse(
        String code,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String name,
        @Nullable String nameZh,
        @Nullable String parentCode) {

    static DisciplineResponse of(Discipline discipline) {
        return new DisciplineResponse(discipline.code(), discipline.version(), discipline.createdAt(),
                discipline.updatedAt(), discipline.name(), discipline.nameZh(), discipline.parentCode());
    }
}
