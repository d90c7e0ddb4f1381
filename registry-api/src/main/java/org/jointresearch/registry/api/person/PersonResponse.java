package org.jointresearch.registry.api.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.person.PersonView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A person as the API shows it. The e-mail address appears only to callers the access policy lets
 * read it (administrators and the person themself); for everyone else the field is left out.
 */
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
        @Nullable String email,
        @Nullable String expertise,
        List<String> disciplineCodes,
        List<AffiliationBody> affiliations) {

    static PersonResponse of(PersonView view, Predicate<UUID> emailReadable) {
        var person = view.person();
        return new PersonResponse(person.id(), person.version(), person.createdAt(), person.updatedAt(),
                person.name(), person.nameZh(), person.honorific(), person.orcid(),
                emailReadable.test(person.id()) ? person.email() : null, person.expertise(),
                person.disciplineCodes(), AffiliationBody.of(view.affiliations()));
    }
}
