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

    /** Projects by words, discipline (with its subtree), institution, centre, status and start year. */
    @Get("/projects")
    ProjectSearchResponse projects(@QueryValue @Nullable String q, @QueryValue @Nullable String discipline,
                                   @QueryValue @Nullable UUID institution, @QueryValue @Nullable UUID centre,
                                   @QueryValue @Nullable String status, @QueryValue @Nullable Integer startYearFrom,
                                   @QueryValue @Nullable Integer startYearTo, @QueryValue @Nullable String sort,
                                   @QueryValue @Nullable Integer size, @QueryValue @Nullable String cursor) {
        return ProjectSearchResponse.of(projects.search(new ProjectQuery(q, discipline, institution, centre, status,
                startYearFrom, startYearTo, sort, size, cursor)));
    }

    /** People by words (names, expertise, disciplines, affiliations, projects), institution and discipline. */
    @Get("/people")
    PeopleSearchResponse people(@QueryValue @Nullable String q, @QueryValue @Nullable UUID institution,
                                @QueryValue @Nullable String discipline, @QueryValue @Nullable String sort,
                                @QueryValue @Nullable Integer size, @QueryValue @Nullable String cursor) {
        return PeopleSearchResponse.of(people.search(new PersonQuery(q, institution, discipline, sort, size, cursor)));
    }

    /** Joint research centres by words, institution, discipline and status. */
    @Get("/centres")
    CentreSearchResponse centres(@QueryValue @Nullable String q, @QueryValue @Nullable UUID institution,
                                 @QueryValue @Nullable String discipline, @QueryValue @Nullable String status,
                                 @QueryValue @Nullable String sort, @QueryValue @Nullable Integer size,
                                 @QueryValue @Nullable String cursor) {
        return CentreSearchResponse.of(centres.search(new CentreQuery(q, institution, discipline, status, sort, size,
                cursor)));
    }

    /** Names of projects, people, centres, institutions and disciplines that go on as typed; none for nothing typed. */
    @Get("/suggest")
    SuggestResponse suggest(@QueryValue @Nullable String q, @QueryValue @Nullable String kind,
                            @QueryValue @Nullable Integer size) {
        return SuggestResponse.of(suggestions.complete(q, kind, size));
    }

    /** Researchers whose expertise and projects match the topic, with the matching projects as evidence. */
    @Get("/collaborators")
    CollaboratorsResponse collaborators(@QueryValue @Nullable String topic, @QueryValue @Nullable UUID institution,
                                        @QueryValue @Nullable UUID partnerOf, @QueryValue @Nullable String discipline,
                                        @QueryValue @Nullable UUID exclude, @QueryValue @Nullable Integer size,
                                        @QueryValue @Nullable String cursor) {
        return CollaboratorsResponse.of(collaborators.find(new CollaboratorQuery(topic, institution, partnerOf,
                discipline, exclude, size, cursor)));
    }
}
