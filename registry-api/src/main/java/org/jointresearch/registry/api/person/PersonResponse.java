package org.jointresearch.registry.api.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.person.PersonView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person as the API shows it: everything but the e-mail address, which no caller may read yet. */
@Serdeable
public record PersonResponse(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String name,
        @Nullable String nameZh,
        @Nullable String honorific,
        @Nullable String orcid,
        @Nullable String expertise,
        List<String> disciplineCodes,
        List<AffiliationBody> affiliations) {

    static PersonResponse of(PersonView view) {
        var person = view.person();
        return new PersonResponse(person.id(), person.version(), person.createdAt(), person.updatedAt(),
                person.name(), person.nameZh(), person.honorific(), person.orcid(), person.expertise(),
                person.disciplineCodes(), AffiliationBody.of(view.affiliations()));
    }
}
