package org.jointresearch.registry.api.web.centre;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import org.jointresearch.registry.api.web.Excerpt;
import org.jointresearch.registry.api.web.RecordLinks;
import org.jointresearch.registry.api.web.Ref;
import org.jointresearch.registry.api.web.WebController;
import org.jointresearch.registry.api.web.WebPages;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.project.Projects;
import org.jointresearch.registry.core.team.TeamFilter;
import org.jointresearch.registry.core.team.Teams;

import java.util.UUID;

/** The page of a joint research centre. */
@WebController("/centres")
class CentrePageController {

    private final Centres centres;
    private final Teams teams;
    private final Projects projects;
    private final RecordLinks links;
    private final WebPages pages;

    CentrePageController(Centres centres, Teams teams, Projects projects, RecordLinks links, WebPages pages) {
        this.centres = centres;
        this.teams = teams;
        this.projects = projects;
        this.links = links;
        this.pages = pages;
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, UUID id) {
        var view = centres.get(id);
        var centre = view.centre();
        var page = new CentrePage(centre, links.agreement(centre.agreementId()), links.institutions(view.institutionIds()),
                links.disciplines(centre.disciplineCodes()), links.people(view.directorIds()),
                Excerpt.of(teams.list(TeamFilter.ofCentre(id), Excerpt.FIRST), Ref::of),
                Excerpt.of(projects.ofCentre(id, Excerpt.FIRST), Ref::of));
        return pages.render(request, "centre/show", page);
    }
}
