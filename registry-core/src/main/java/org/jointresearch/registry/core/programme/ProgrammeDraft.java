package org.jointresearch.registry.core.programme;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything a caller states about an exchange or training programme: what creating or replacing one needs. */
@Introspected
public record ProgrammeDraft(
        @NotBlank @Size(max = 300) String name,
        @NotNull ProgrammeKind kind,
        @Nullable UUID agreementId,
        @NotNull UUID hostInstitutionId,
        @Nullable @Size(max = 50) List<@NotNull UUID> partnerInstitutionIds,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable @PositiveOrZero Integer places,
        @Nullable @Size(max = 20000) String description) {

    List<UUID> partners() {
        return partnerInstitutionIds == null ? List.of() : partnerInstitutionIds;
    }

    /** The draft that would recreate the programme as it is. */
    public static ProgrammeDraft of(ProgrammeView view) {
        var programme = view.programme();
        return new ProgrammeDraft(programme.name(), programme.kind(), programme.agreementId(),
                programme.hostInstitutionId(), view.partnerInstitutionIds(), programme.startsOn(), programme.endsOn(),
                programme.places(), programme.description());
    }

    Programme toProgramme(UUID id, Programme current) {
        return new Programme(id, current == null ? null : current.version(),
                current == null ? null : current.createdAt(), current == null ? null : current.updatedAt(),
                name.strip(), kind, agreementId, hostInstitutionId, startsOn, endsOn, places, description);
    }
}
