package org.jointresearch.registry.search.people;

import jakarta.inject.Singleton;
import org.jointresearch.registry.search.index.IndexSettings;
import org.jointresearch.registry.search.index.RegistryIndex;
import org.jointresearch.registry.search.query.SearchResults;
import org.jointresearch.registry.search.query.Searches;
import org.jointresearch.registry.search.suggest.SuggestionLabels;

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

    public SearchResults<PersonHit> search(PersonQuery query) {
        var prepared = PeopleQueries.search(query, settings.alias(RegistryIndex.PEOPLE));
        var page = searches.page(prepared.request(), prepared.paging(), PersonDocument.class);
        var names = labels.ofDisciplines(page.hits().stream().flatMap(hit -> hit.source().disciplineCodes().stream()));
        return page.results(hit -> {
            var person = hit.source();
            return new PersonHit(person.id(), person.name(), person.nameZh(), person.honorific(), person.expertise(),
                    PersonHit.Post.of(person), person.disciplineCodes().stream().map(names::discipline).toList(),
                    hit.highlight(), hit.score());
        });
    }
}
