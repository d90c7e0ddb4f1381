package org.jointresearch.registry.api.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.programme.ProgrammeDraft;
import org.jointresearch.registry.core.programme.ProgrammeKind;
import org.jointresearch.registry.core.programme.ProgrammeView;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The body of {@code POST} and {@code PUT /programmes}; the core validates it. */
@Serdeable
public record ProgrammeRequest(
        @Nullable String name,
        @Nullable ProgrammeKind kind,
        @Nullable UUID agreementId,
        @Nullable UUID hostInstitutionId,
        @Nullable List<UUID> partnerInstitutionIds,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable Integer places,
        @Nullable String description) {

    ProgrammeDraft toDraft() {
        return new ProgrammeDraft(name, kind, agreementId, hostInstitutionId, partnerInstitutionIds, startsOn, endsOn,
                places, description);
    }

    static ProgrammeRequest of(ProgrammeView view) {
        var programme = view.programme();
        return new ProgrammeRequest(programme.name(), programme.kind(), programme.agreementId(),
                programme.hostInstitutionId(), view.partnerInstitutionIds(), programme.startsOn(), programme.endsOn(),
                programme.places(), programme.description());
    }
}
