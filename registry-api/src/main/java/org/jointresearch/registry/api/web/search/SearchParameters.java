package org.jointresearch.registry.api.web.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.uri.UriBuilder;
import org.jointresearch.registry.core.project.ProjectStatus;
import org.jointresearch.registry.search.centre.CentreQuery;
import org.jointresearch.registry.search.project.ProjectQuery;
import org.jointresearch.registry.search.project.ProjectSearch;

import java.util.Optional;
import java.util.UUID;

/**
 * The whole state of the search page, as its address holds it ({@code /?q=&discipline=&institution=&status=
 * &year=&sort=&cursor=}), so a search can be bookmarked; each change of a filter or order starts at the first page.
 */
public record SearchParameters(@Nullable String q, @Nullable String discipline, @Nullable UUID institution,
                               @Nullable ProjectStatus status, @Nullable Integer year, @Nullable String sort,
                               @Nullable String cursor) {

    static final int PAGE_SIZE = 20;
    static final int CENTRES_SHOWN = 5;

    /** The search these parameters ask the search service for. */
    ProjectQuery query() {
        return new ProjectQuery(words(), discipline, institution, null, status == null ? null : status.name(), year,
                year, sort, PAGE_SIZE, cursor);
    }

    /**
     * The search for the centres listed above the projects: those matching the words, within the institution and
     * discipline chosen; only on the first page, and none without words, as a centre is found, not browsed, here.
     */
    Optional<CentreQuery> centreQuery() {
        if (words() == null || cursor != null) {
            return Optional.empty();
        }
        return Optional.of(new CentreQuery(words(), institution, discipline, null, null, CENTRES_SHOWN, null));
    }

    /** The words typed, none when only blanks were. */
    public @Nullable String words() {
        return q == null || q.isBlank() ? null : q.strip();
    }

    /** The order results are in: as chosen, else by relevance to the words, else newest first. */
    public String order() {
        return sort != null ? sort : ProjectSearch.defaultOrder(words() != null);
    }

    public SearchParameters withDiscipline(@Nullable String code) {
        return new SearchParameters(q, code, institution, status, year, sort, null);
    }

    public SearchParameters withInstitution(@Nullable UUID id) {
        return new SearchParameters(q, discipline, id, status, year, sort, null);
    }

    public SearchParameters withStatus(@Nullable ProjectStatus chosen) {
        return new SearchParameters(q, discipline, institution, chosen, year, sort, null);
    }

    public SearchParameters withYear(@Nullable Integer chosen) {
        return new SearchParameters(q, discipline, institution, status, chosen, sort, null);
    }

    public SearchParameters withSort(String chosen) {
        return new SearchParameters(q, discipline, institution, status, year, chosen, null);
    }

    public SearchParameters withCursor(String next) {
        return new SearchParameters(q, discipline, institution, status, year, sort, next);
    }

    /** The address of the search page in this state. */
    public String href() {
        var uri = UriBuilder.of("/");
        add(uri, "q", words());
        add(uri, "discipline", discipline);
        add(uri, "institution", institution);
        add(uri, "status", status == null ? null : status.name());
        add(uri, "year", year);
        add(uri, "sort", sort);
        add(uri, "cursor", cursor);
        return uri.toString();
    }

    private static void add(UriBuilder uri, String name, @Nullable Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
