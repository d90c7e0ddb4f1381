package org.jointresearch.registry.search.people;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.jointresearch.registry.search.index.IndexSettings;
import org.jointresearch.registry.search.index.RegistryIndex;
import org.jointresearch.registry.search.query.Searches;
import org.jointresearch.registry.search.suggest.SuggestionLabels;

import java.util.List;

/** Full-text search of people with filters and cursor paging: {@code GET /search/people}. */
@Singleton
public class PeopleSearch {

    private final Searches searches;
    private final SuggestionLabels labels;
    private final IndexSettings settings;

    PeopleSearch(Searches searches, SuggestionLabels labels, IndexSettings settings) {
        this.searches = searches;
        this.labels = labels;
        this.settings = settings;
    }

    public Results search(PersonQuery query) {
        var prepared = PeopleQueries.search(query, settings.alias(RegistryIndex.PEOPLE));
        var page = searches.page(prepared.request(), prepared.paging(), PersonDocument.class);
        var names = labels.of(SuggestionLabels.disciplines(page.hits().stream()
                .flatMap(hit -> hit.source().disciplineCodes().stream()).distinct().toList()));
        var items = page.hits().stream().map(hit -> {
            var person = hit.source();
            return new PersonHit(person.id(), person.name(), person.nameZh(), person.honorific(), person.expertise(),
                    PersonHit.Post.of(person), person.disciplineCodes().stream().map(names::discipline).toList(),
                    hit.highlight(), hit.score());
        }).toList();
        return new Results(page.total(), items, page.nextCursor());
    }

    /** One page of people and the cursor of the next (null on the last). */
    public record Results(long total, List<PersonHit> items, @Nullable String nextCursor) {
    }
}
