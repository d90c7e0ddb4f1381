package org.jointresearch.registry.api.centre;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.centre.CentreStatus;
import org.jointresearch.registry.core.centre.CentreView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A joint research centre as the API shows it. */
@Serdeable
public record CentreResponse(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String name,
        @Nullable String nameZh,
        @Nullable UUID agreementId,
        List<UUID> institutionIds,
        List<String> disciplineCodes,
        @Nullable LocalDate establishedOn,
        CentreStatus status,
        @Nullable String description,
        List<UUID> directorIds,
        @Nullable String website) {

    static CentreResponse of(CentreView view) {
        var centre = view.centre();
        return new CentreResponse(centre.id(), centre.version(), centre.createdAt(), centre.updatedAt(),
                centre.name(), centre.nameZh(), centre.agreementId(), view.institutionIds(),
                centre.disciplineCodes(), centre.establishedOn(), centre.status(), centre.description(),
                view.directorIds(), centre.website());
    }
}
