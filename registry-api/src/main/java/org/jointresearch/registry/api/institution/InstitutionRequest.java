package org.jointresearch.registry.api.institution;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.institution.Institution;
import org.jointresearch.registry.core.institution.InstitutionDraft;
import org.jointresearch.registry.core.institution.InstitutionKind;

import java.util.List;
import java.util.UUID;

/** The body of {@code POST} and {@code PUT /institutions}; the core validates it. */
@Serdeable
public record InstitutionRequest(
        @Nullable String name,
        @Nullable String nameZh,
        @Nullable List<String> aliases,
        @Nullable InstitutionKind kind,
        @Nullable UUID parentId,
        @Nullable String rorId,
        @Nullable String city,
        @Nullable String countryCode,
        @Nullable String website) {

    InstitutionDraft toDraft() {
        return new InstitutionDraft(name, nameZh, aliases, kind, parentId, rorId, city, countryCode, website);
    }

    static InstitutionRequest of(Institution institution) {
        return new InstitutionRequest(institution.name(), institution.nameZh(), institution.aliases(),
                institution.kind(), institution.parentId(), institution.rorId(), institution.city(),
                institution.countryCode(), institution.website());
    }
}
