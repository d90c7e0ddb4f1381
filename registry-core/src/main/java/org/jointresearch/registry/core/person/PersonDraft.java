package org.jointresearch.registry.core.person;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jointresearch.registry.core.identifier.ValidOrcid;

import java.util.List;
import java.util.UUID;

/** Everything a caller states about a person: what creating or replacing one needs. */
@Introspected
public record PersonDraft(
        @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 200) String nameZh,
        @Nullable @Size(max = 40) String honorific,
        @Nullable @ValidOrcid String orcid,
        @Nullable @Email @Size(max = 254) String email,
        @Nullable @Size(max = 4000) String expertise,
        @Nullable @Size(max = 20) List<@NotBlank String> disciplineCodes,
        @Nullable @Size(max = 50) List<@NotNull @Valid Affiliation> affiliations) {

    List<String> disciplineCodesOrNone() {
        return disciplineCodes == null ? List.of() : disciplineCodes;
    }

    List<Affiliation> affiliationsOrNone() {
        return affiliations == null ? List.of() : affiliations;
    }

    /** The draft that would recreate the person as they are. */
    public static PersonDraft of(PersonView view) {
        var person = view.person();
        return new PersonDraft(person.name(), person.nameZh(), person.honorific(), person.orcid(), person.email(),
                person.expertise(), person.disciplineCodes(), view.affiliations());
    }

    Person toPerson(UUID id, @Nullable Person current) {
        return new Person(id, current == null ? null : current.version(),
                current == null ? null : current.createdAt(), current == null ? null : current.updatedAt(),
                name.strip(), nameZh, honorific, orcid, email, expertise, List.copyOf(disciplineCodesOrNone()));
    }
}
