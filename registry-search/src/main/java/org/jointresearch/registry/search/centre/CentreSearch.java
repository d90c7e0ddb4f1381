package org.jointresearch.registry.search.centre;

import jakarta.inject.Singleton;
import org.jointresearch.registry.search.document.InstitutionPart;
import org.jointresearch.registry.search.index.IndexSettings;
import org.jointresearch.registry.search.index.RegistryIndex;
import org.jointresearch.registry.search.query.SearchResults;
import org.jointresearch.registry.search.query.Searches;
import org.jointresearch.registry.search.suggest.SuggestionLabels;

/** Full-text search of joint research centres with filters and cursor paging: {@code GET /search/centres}. */
@Singleton
public class CentreSearch {

    private final Searches searches;
    private final SuggestionLabels labels;
    private final IndexSettings settings;

    CentreSearch(Searches searches, SuggestionLabels labels, IndexSettings settings) {
        this.searches = searches;
        this.labels = labels;
        this.settings = settings;
    }

    public SearchResults<CentreHit> search(CentreQuery query) {
        var prepared = CentreQueries.search(query, settings.alias(RegistryIndex.CENTRES));
        var page = searches.page(prepared.request(), prepared.paging(), CentreDocument.class);
        var names = labels.ofDisciplines(page.hits().stream().flatMap(hit -> hit.source().disciplineCodes().stream()));
        return page.results(hit -> {
            var centre = hit.source();
            return new CentreHit(centre.id(), centre.name(), centre.nameZh(), centre.status(), centre.establishedOn(),
                    centre.institutions().stream().map(InstitutionPart::named).toList(),
                    centre.disciplineCodes().stream().map(names::discipline).toList(), centre.directors(),
                    hit.highlight(), hit.score());
        });
    }
}
