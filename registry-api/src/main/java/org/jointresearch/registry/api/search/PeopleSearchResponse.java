package org.jointresearch.registry.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.search.people.PeopleSearch;
import org.jointresearch.registry.search.people.PersonHit;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One page of a people search and the cursor of the next (null on the last). Never an e-mail address. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PeopleSearchResponse(long total, List<Item> items, @Nullable String nextCursor) {

    static PeopleSearchResponse of(PeopleSearch.Results results) {
        return new PeopleSearchResponse(results.total(), results.items().stream().map(Item::of).toList(),
                results.nextCursor());
    }

    /** A person found; {@code score} is null unless sorted by relevance. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(UUID id, String name, @Nullable String nameZh, @Nullable String honorific,
                       @Nullable String expertise, List<Affiliated> affiliations, List<DisciplineName> disciplines,
                       Map<String, List<String>> highlights, @Nullable Double score) {

        static Item of(PersonHit hit) {
            return new Item(UUID.fromString(hit.id()), hit.name(), hit.nameZh(), hit.honorific(), hit.expertise(),
                    Affiliated.of(hit.affiliations()), DisciplineName.of(hit.disciplines()), hit.highlights(),
                    hit.score());
        }
    }
}
