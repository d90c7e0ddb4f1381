package org.jointresearch.registry.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.search.people.PersonHit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A person found; never an e-mail address. {@code highlights} holds the passages of name and expertise that
 * matched; {@code score} is null unless sorted by relevance.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PersonResult(UUID id, String name, @Nullable String nameZh, @Nullable String honorific,
                           @Nullable String expertise, List<Affiliated> affiliations, List<DisciplineName> disciplines,
                           Map<String, List<String>> highlights, @Nullable Double score) {

    static PersonResult of(PersonHit hit) {
        return new PersonResult(UUID.fromString(hit.id()), hit.name(), hit.nameZh(), hit.honorific(), hit.expertise(),
                Affiliated.of(hit.affiliations()), DisciplineName.of(hit.disciplines()), hit.highlights(), hit.score());
    }
}
