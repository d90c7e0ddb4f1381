package org.jointresearch.registry.search.project;

import jakarta.inject.Singleton;
import org.jointresearch.registry.search.index.DocumentRef;
import org.jointresearch.registry.search.index.IndexSettings;
import org.jointresearch.registry.search.index.RegistryIndex;
import org.jointresearch.registry.search.query.Facet;
import org.jointresearch.registry.search.query.Facets;
import org.jointresearch.registry.search.query.ResultOrder;
import org.jointresearch.registry.search.query.Searches;
import org.jointresearch.registry.search.suggest.SuggestionLabels;

import java.util.ArrayList;
import java.util.List;

/** Full-text search of projects with filters, facets and cursor paging: {@code GET /search/projects}. */
@Singleton
public class ProjectSearch {

    private final Searches searches;
    private final SuggestionLabels labels;
    private final IndexSettings settings;

    ProjectSearch(Searches searches, SuggestionLabels labels, IndexSettings settings) {
        this.searches = searches;
        this.labels = labels;
        this.settings = settings;
    }

    /** The orders results can be listed in, by the label a caller names them with. */
    public static List<String> orders() {
        return ProjectQueries.ORDERS.stream().map(ResultOrder::label).toList();
    }

    /** The order when none is chosen: by relevance to the words, else newest first. */
    public static String defaultOrder(boolean withWords) {
        return (withWords ? ResultOrder.RELEVANCE : ProjectQueries.NEWEST).label();
    }

    /** One page of results; a parameter it cannot act on is refused with a {@code SearchParameterException}. */
    public ProjectResults search(ProjectQuery query) {
        var prepared = ProjectQueries.search(query, settings.alias(RegistryIndex.PROJECTS));
        var page = searches.page(prepared.request(), prepared.paging(), ShownProject.class);
        var disciplines = Facets.counts(page.aggregations(), ProjectQueries.DISCIPLINE_FACET);
        var institutions = Facets.counts(page.aggregations(), ProjectQueries.INSTITUTION_FACET);
        var refs = new ArrayList<DocumentRef>(ProjectHits.disciplinesOf(page.hits()));
        refs.addAll(SuggestionLabels.disciplines(values(disciplines)));
        refs.addAll(SuggestionLabels.institutions(values(institutions)));
        var names = labels.of(refs);
        return new ProjectResults(page.total(), page.hits().stream().map(hit -> ProjectHits.of(hit, names)).toList(),
                disciplines.stream().map(facet -> facet.named(names.discipline(facet.value()))).toList(),
                institutions.stream().map(facet -> facet.named(names.institution(facet.value()))).toList(),
                Facets.counts(page.aggregations(), ProjectQueries.STATUS_FACET),
                Facets.counts(page.aggregations(), ProjectQueries.YEAR_FACET), page.nextCursor());
    }

    private static List<String> values(List<Facet> facets) {
        return facets.stream().map(Facet::value).toList();
    }
}
