package org.jointresearch.registry.core.centre;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything a caller states about a joint research centre: what creating or replacing one needs. */
@Introspected
public record CentreDraft(
        @NotBlank @Size(max = 300) String name,
        @Nullable @Size(max = 300) String nameZh,
        @Nullable UUID agreementId,
        @NotNull
        @Size(min = 2, message = "a joint centre needs at least two institutions")
        @Size(max = 50)
        List<@NotNull UUID> institutionIds,
        @Nullable @Size(max = 20) List<@NotBlank String> disciplineCodes,
        @Nullable LocalDate establishedOn,
        @NotNull CentreStatus status,
        @Nullable @Size(max = 20000) String description,
        @Nullable @Size(max = 20) List<@NotNull UUID> directorIds,
        @Nullable @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String website) {

    List<String> disciplines() {
        return disciplineCodes == null ? List.of() : disciplineCodes;
    }

    List<UUID> directors() {
        return directorIds == null ? List.of() : directorIds;
    }

    /** The draft that would recreate the centre as it is. */
    public static CentreDraft of(CentreView view) {
        var centre = view.centre();
        return new CentreDraft(centre.name(), centre.nameZh(), centre.agreementId(), view.institutionIds(),
                centre.disciplineCodes(), centre.establishedOn(), centre.status(), centre.description(),
                view.directorIds(), centre.website());
    }

    Centre toCentre(UUID id, Centre current) {
        return new Centre(id, current == null ? null : current.version(),
                current == null ? null : current.createdAt(), current == null ? null : current.updatedAt(),
                name.strip(), nameZh, agreementId, List.copyOf(disciplines()), establishedOn, status, description,
                website);
    }
}
