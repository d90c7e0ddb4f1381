package org.jointresearch.registry.search.people;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.search.document.NamedPart;

import java.util.List;
import java.util.Map;

/**
 * A person as search results show them; never their e-mail address, which no index holds.
 *
 * @param highlights per field ({@code name}, {@code nameZh}, {@code expertise}), the passages that matched
 * @param score      relevance; null when the results are sorted otherwise
 */
public record PersonHit(String id, String name, @Nullable String nameZh, @Nullable String honorific,
                        @Nullable String expertise, List<Post> affiliations, List<NamedPart> disciplines,
                        Map<String, List<String>> highlights, @Nullable Double score) {

    /** Where the person works, and as what. */
    public record Post(String institutionId, String name, @Nullable String nameZh, @Nullable String position) {

        public static List<Post> of(PersonDocument person) {
            return person.affiliations().stream().map(affiliation -> new Post(affiliation.institutionId(),
                    affiliation.name(), affiliation.nameZh(), affiliation.position())).toList();
        }
    }
}
