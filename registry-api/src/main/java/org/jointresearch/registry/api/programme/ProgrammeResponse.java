package org.jointresearch.registry.api.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.programme.ProgrammeKind;
import org.jointresearch.registry.core.programme.ProgrammeView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An exchange or training programme as the API shows it. */
@Serdeable
public record ProgrammeResponse(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String name,
        ProgrammeKind kind,
        @Nullable UUID agreementId,
        UUID hostInstitutionId,
        List<UUID> partnerInstitutionIds,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable Integer places,
        @Nullable String description) {

    static ProgrammeResponse of(ProgrammeView view) {
        var programme = view.programme();
        return new ProgrammeResponse(programme.id(), programme.version(), programme.createdAt(),
                programme.updatedAt(), programme.name(), programme.kind(), programme.agreementId(),
                programme.hostInstitutionId(), view.partnerInstitutionIds(), programme.startsOn(), programme.endsOn(),
                programme.places(), programme.description());
    }
}
