package org.jointresearch.registry.api.area;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.area.CollaborationArea;

import java.time.Instant;

/** A collaboration area as the API shows it; clients address it by {@code code}. */
@Serdeable
public record CollaborationAreaResponse(
        String code,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String name,
        @Nullable String nameZh,
        @Nullable String description) {

    static CollaborationAreaResponse of(CollaborationArea area) {
        return new CollaborationAreaResponse(area.code(), area.version(), area.createdAt(), area.updatedAt(),
                area.name(), area.nameZh(), area.description());
    }
}
