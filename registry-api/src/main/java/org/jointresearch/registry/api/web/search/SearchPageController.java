package org.jointresearch.registry.api.web.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import org.jointresearch.registry.api.web.WebController;
import org.jointresearch.registry.api.web.WebPages;
import org.jointresearch.registry.core.project.ProjectStatus;
import org.jointresearch.registry.search.centre.CentreSearch;
import org.jointresearch.registry.search.project.ProjectSearch;
import org.jointresearch.registry.search.query.Choices;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The search page at {@code /}: projects by words and facets, and above them the first few centres matching the
 * words, through the same search services as {@code GET /api/v1/search/projects} and {@code /centres}. A status or
 * order it does not know is refused as a bad parameter.
 */
@WebController
class SearchPageController {

    private final ProjectSearch projects;
    private final CentreSearch centres;
    private final WebPages pages;

    SearchPageController(ProjectSearch projects, CentreSearch centres, WebPages pages) {
        this.projects = projects;
        this.centres = centres;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> search(HttpRequest<?> request, @QueryValue @Nullable String q,
                           @QueryValue @Nullable String discipline, @QueryValue @Nullable UUID institution,
                           @QueryValue @Nullable String status, @QueryValue @Nullable Integer year,
                           @QueryValue @Nullable String sort, @QueryValue @Nullable String cursor) {
        var parameters = new SearchParameters(q, blankless(discipline), institution,
                Choices.pick("status", status, ProjectStatus.class),
                year, Choices.pick("sort", sort, ProjectSearch.orders(), Function.identity()), blankless(cursor));
        var found = projects.search(parameters.query());
        var matchingCentres = parameters.centreQuery()
                .map(query -> centres.search(query).items().stream().map(CentreMatch::of).toList())
                .orElse(List.of());
        return pages.render(request, "search/show", SearchPage.of(parameters, matchingCentres, found));
    }

    private static @Nullable String blankless(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
