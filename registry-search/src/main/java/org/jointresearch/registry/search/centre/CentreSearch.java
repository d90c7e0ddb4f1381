package org.jointresearch.registry.search.centre;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.jointresearch.registry.search.document.NamedPart;
import org.jointresearch.registry.search.index.IndexSettings;
import org.jointresearch.registry.search.index.RegistryIndex;
import org.jointresearch.registry.search.query.Searches;
import org.jointresearch.registry.search.suggest.SuggestionLabels;

import java.util.List;

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

    public Results search(CentreQuery query) {
        var prepared = CentreQueries.search(query, settings.alias(RegistryIndex.CENTRES));
        var page = searches.page(prepared.request(), prepared.paging(), CentreDocument.class);
        var names = labels.of(SuggestionLabels.disciplines(page.hits().stream()
                .flatMap(hit -> hit.source().disciplineCodes().stream()).distinct().toList()));
        var items = page.hits().stream().map(hit -> {
            var centre = hit.source();
            return new CentreHit(centre.id(), centre.name(), centre.nameZh(), centre.status(), centre.establishedOn(),
                    centre.institutions().stream().map(institution -> new NamedPart(institution.id(),
                            institution.name(), institution.nameZh())).toList(),
                    centre.disciplineCodes().stream().map(names::discipline).toList(), centre.directors(),
                    hit.highlight(), hit.score());
        }).toList();
        return new Results(page.total(), items, page.nextCursor());
    }

    /** One page of centres and the cursor of the next (null on the last). */
    public record Results(long total, List<CentreHit> items, @Nullable String nextCursor) {
    }
}
