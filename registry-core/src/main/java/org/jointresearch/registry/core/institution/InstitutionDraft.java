package org.jointresearch.registry.core.institution;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jointresearch.registry.core.identifier.ValidCountryCode;
import org.jointresearch.registry.core.identifier.ValidRorId;

import java.util.List;
import java.util.UUID;

/** Everything a caller states about an institution: what creating or replacing one needs. */
@Introspected
public record InstitutionDraft(
        @NotBlank @Size(max = 300) String name,
        @Nullable @Size(max = 300) String nameZh,
        @Nullable @Size(max = 50) List<@NotBlank @Size(max = 100) String> aliases,
        @NotNull InstitutionKind kind,
        @Nullable UUID parentId,
        @Nullable @ValidRorId String rorId,
        @Nullable @Size(max = 120) String city,
        @Nullable @ValidCountryCode String countryCode,
        @Nullable @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL") String website) {

    /** The draft that would recreate the institution as it is. */
    public static InstitutionDraft of(Institution institution) {
        return new InstitutionDraft(institution.name(), institution.nameZh(), institution.aliases(), institution.kind(),
                institution.parentId(), institution.rorId(), institution.city(), institution.countryCode(),
                institution.website());
    }

    Institution toInstitution(UUID id, Institution current) {
        return new Institution(id, current == null ? null : current.version(),
                current == null ? null : current.createdAt(), current == null ? null : current.updatedAt(),
                name.strip(), nameZh, aliases == null ? List.of() : List.copyOf(aliases), kind, parentId,
                rorId, city, countryCode, website);
    }
}
