package org.jointresearch.registry.api.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.person.PersonDraft;
import org.jointresearch.registry.core.person.PersonView;

import java.util.List;

/**
 * The body of {@code POST} and {@code PUT /people}; the core validates it. Unlike a response it
 * carries the e-mail address, so that a merge patch keeps the address a person already has.
 */
@Serdeable
public record PersonRequest(
        @Nullable String name,
        @Nullable String nameZh,
        @Nullable String honorific,
        @Nullable String orcid,
        @Nullable String email,
        @Nullable String expertise,
        @Nullable List<String> disciplineCodes,
        @Nullable List<AffiliationBody> affiliations) {

    PersonDraft toDraft() {
        return new PersonDraft(name, nameZh, honorific, orcid, email, expertise, disciplineCodes,
                AffiliationBody.toAffiliations(affiliations));
    }

    static PersonRequest of(PersonView view) {
        var person = view.person();
        return new PersonRequest(person.name(), person.nameZh(), person.honorific(), person.orcid(), person.email(),
                person.expertise(), person.disciplineCodes(), AffiliationBody.of(view.affiliations()));
    }
}
