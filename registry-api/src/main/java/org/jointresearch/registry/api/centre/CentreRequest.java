package org.jointresearch.registry.api.centre;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.centre.CentreDraft;
import org.jointresearch.registry.core.centre.CentreStatus;
import org.jointresearch.registry.core.centre.CentreView;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The body of {@code POST} and {@code PUT /centres}; the core validates it. */
@Serdeable
public record CentreRequest(
        @Nullable String name,
        @Nullable String nameZh,
        @Nullable UUID agreementId,
        @Nullable List<UUID> institutionIds,
        @Nullable List<String> disciplineCodes,
        @Nullable LocalDate establishedOn,
        @Nullable CentreStatus status,
        @Nullable String description,
        @Nullable List<UUID> directorIds,
        @Nullable String website) {

    CentreDraft toDraft() {
        return new CentreDraft(name, nameZh, agreementId, institutionIds, disciplineCodes, establishedOn, status,
                description, directorIds, website);
    }

    static CentreRequest of(CentreView view) {
        var centre = view.centre();
        return new CentreRequest(centre.name(), centre.nameZh(), centre.agreementId(), view.institutionIds(),
                centre.disciplineCodes(), centre.establishedOn(), centre.status(), centre.description(),
                view.directorIds(), centre.website());
    }
}
