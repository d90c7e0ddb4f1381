package org.jointresearch.registry.api.web.search;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.core.project.ProjectStatus;
import org.jointresearch.registry.search.project.ProjectResults;
import org.jointresearch.registry.search.project.ProjectSearch;
import org.jointresearch.registry.search.query.Facet;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the search page shows: the state it was asked in, the centres matching the words, the results, the facets
 * as links that narrow or widen the search, the filters in force as chips, the orders, and the link to more results.
 */
public record SearchPage(SearchParameters parameters, List<CentreMatch> centres, long total, List<SearchResult> results,
                         List<FacetTree> disciplines, List<Option> institutions, List<Option> statuses,
                         List<Option> years, List<Chip> chips, List<Option> orders, @Nullable String moreHref) {

    static SearchPage of(SearchParameters parameters, List<CentreMatch> centres, ProjectResults found) {
        return new SearchPage(parameters, centres, found.total(), found.items().stream().map(SearchResult::of).toList(),
                FacetTree.of(found.disciplines(), parameters), institutions(parameters, found.institutions()),
                statuses(parameters, found.statuses()), years(parameters, found.startYears()),
                Chips.of(parameters, found), orders(parameters),
                found.nextCursor() == null ? null : parameters.withCursor(found.nextCursor()).href());
    }

    private static List<Option> institutions(SearchParameters parameters, List<Facet> facets) {
        return facets.stream().map(facet -> {
            var chosen = facet.value().equals(Objects.toString(parameters.institution(), null));
            var href = parameters.withInstitution(chosen ? null : UUID.fromString(facet.value())).href();
            return Option.of(facet, href, chosen);
        }).toList();
    }

    private static List<Option> statuses(SearchParameters parameters, List<Facet> facets) {
        return facets.stream().map(facet -> {
            var status = ProjectStatus.valueOf(facet.value());
            var chosen = status == parameters.status();
            return Option.of(facet, parameters.withStatus(chosen ? null : status).href(), chosen);
        }).toList();
    }

    private static List<Option> years(SearchParameters parameters, List<Facet> facets) {
        return facets.stream().map(facet -> {
            var year = Integer.valueOf(facet.value());
            var chosen = year.equals(parameters.year());
            return Option.of(facet, parameters.withYear(chosen ? null : year).href(), chosen);
        }).toList();
    }

    private static List<Option> orders(SearchParameters parameters) {
        return ProjectSearch.orders().stream().map(order -> new Option(order, null, null, 0,
                parameters.withSort(order).href(), order.equals(parameters.order()))).toList();
    }
}
