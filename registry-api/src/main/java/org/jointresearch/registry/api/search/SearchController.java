package org.jointresearch.registry.api.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.jointresearch.registry.api.error.ProblemResponses;
import org.jointresearch.registry.search.centre.CentreQuery;
import org.jointresearch.registry.search.centre.CentreSearch;
import org.jointresearch.registry.search.collaborators.CollaboratorQuery;
import org.jointresearch.registry.search.collaborators.CollaboratorSearch;
import org.jointresearch.registry.search.people.PeopleSearch;
import org.jointresearch.registry.search.people.PersonQuery;
import org.jointresearch.registry.search.project.ProjectQuery;
import org.jointresearch.registry.search.project.ProjectSearch;
import org.jointresearch.registry.search.suggest.Suggestions;

import java.util.UUID;

/**
 * Search over HTTP: projects, people and centres by full text and filters, completions as one types, and
 * collaborators by topic. Parameters go to the search services as received; they refuse what they cannot
 * act on (an unknown sort or status, a malformed cursor) with a problem naming the parameter.
 */
@Controller("/api/v1/search")
@ProblemResponses
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchController {

    private final ProjectSearch projects;
    private final PeopleSearch people;
    private final CentreSearch centres;
    private final Suggestions suggestions;
    private final CollaboratorSearch collaborators;

    SearchController(ProjectSearch projects, PeopleSearch people, CentreSearch centres, Suggestions suggestions,
                     CollaboratorSearch collaborators) {
        this.projects = projects;
        this.people = people;
        this.centres = centres;
        this.suggestions = suggestions;
        this.collaborators = collaborators;
    }

    /**
     * Projects by words, discipline (with its subtree), institution, centre, status and start year.
     *
     * @param q             words to find in titles, summaries, keywords, people, institutions (and their
     *                      abbreviations), centres and discipline names, English or Chinese; at most 500 characters
     * @param discipline    a discipline code such as 3.2; matches everything classified under it too
     * @param status        PROPOSED, ACTIVE, COMPLETED or SUSPENDED
     * @param startYearFrom earliest year a project starts in
     * @param startYearTo   latest year a project starts in
     * @param sort          relevance (the default with words), newest (the default without) or title
     * @param size          results per page, 20 unless asked, at most 100
     * @param cursor        the nextCursor of the page before
     */
    @Get("/projects")
    ProjectSearchResponse projects(@QueryValue @Nullable String q, @QueryValue @Nullable String discipline,
                                   @QueryValue @Nullable UUID institution, @QueryValue @Nullable UUID centre,
                                   @QueryValue @Nullable String status, @QueryValue @Nullable Integer startYearFrom,
                                   @QueryValue @Nullable Integer startYearTo, @QueryValue @Nullable String sort,
                                   @QueryValue @Nullable Integer size, @QueryValue @Nullable String cursor) {
        return ProjectSearchResponse.of(projects.search(new ProjectQuery(q, discipline, institution, centre, status,
                startYearFrom, startYearTo, sort, size, cursor)));
    }

    /**
     * People by words (names, expertise, disciplines, affiliations, projects), institution and discipline.
     *
     * @param sort relevance (the default with words) or name (the default without)
     */
    @Get("/people")
    SearchPage<PersonResult> people(@QueryValue @Nullable String q, @QueryValue @Nullable UUID institution,
                                @QueryValue @Nullable String discipline, @QueryValue @Nullable String sort,
                                @QueryValue @Nullable Integer size, @QueryValue @Nullable String cursor) {
        return SearchPage.of(people.search(new PersonQuery(q, institution, discipline, sort, size, cursor)),
                PersonResult::of);
    }

    /**
     * Joint research centres by words, institution, discipline and status.
     *
     * @param status PLANNED, ACTIVE or CLOSED
     * @param sort   relevance (the default with words), name (the default without) or newest
     */
    @Get("/centres")
    SearchPage<CentreResult> centres(@QueryValue @Nullable String q, @QueryValue @Nullable UUID institution,
                                 @QueryValue @Nullable String discipline, @QueryValue @Nullable String status,
                                 @QueryValue @Nullable String sort, @QueryValue @Nullable Integer size,
                                 @QueryValue @Nullable String cursor) {
        return SearchPage.of(centres.search(new CentreQuery(q, institution, discipline, status, sort, size, cursor)),
                CentreResult::of);
    }

    /**
     * Names of projects, people, centres, institutions and disciplines that go on as typed; none for nothing typed.
     *
     * @param q    what has been typed so far, in English or Chinese
     * @param kind project, person, centre, institution or discipline, to suggest only those
     * @param size suggestions, 10 unless asked, at most 20
     */
    @Get("/suggest")
    SuggestResponse suggest(@QueryValue @Nullable String q, @QueryValue @Nullable String kind,
                            @QueryValue @Nullable Integer size) {
        return SuggestResponse.of(suggestions.complete(q, kind, size));
    }

    /**
     * Researchers whose expertise and projects match the topic, with the matching projects as evidence.
     *
     * @param topic     words describing the work; without any, everyone the filters leave, by name
     * @param partnerOf an institution: only people at institutions sharing an agreement with it
     * @param exclude   a person to leave out, such as the one asking
     */
    @Get("/collaborators")
    SearchPage<CollaboratorResult> collaborators(@QueryValue @Nullable String topic, @QueryValue @Nullable UUID institution,
                                        @QueryValue @Nullable UUID partnerOf, @QueryValue @Nullable String discipline,
                                        @QueryValue @Nullable UUID exclude, @QueryValue @Nullable Integer size,
                                        @QueryValue @Nullable String cursor) {
        return SearchPage.of(collaborators.find(new CollaboratorQuery(topic, institution, partnerOf, discipline,
                exclude, size, cursor)), CollaboratorResult::of);
    }
}
