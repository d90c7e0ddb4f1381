package org.jointresearch.registry.api.web.team;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import org.jointresearch.registry.api.web.Excerpt;
import org.jointresearch.registry.api.web.RecordLinks;
import org.jointresearch.registry.api.web.Ref;
import org.jointresearch.registry.api.web.WebController;
import org.jointresearch.registry.api.web.WebPages;
import org.jointresearch.registry.core.project.ProjectFilter;
import org.jointresearch.registry.core.project.Projects;
import org.jointresearch.registry.core.team.Teams;

import java.util.UUID;

/** The page of a joint research team. */
@WebController("/teams")
class TeamPageController {

    private final Teams teams;
    private final Projects projects;
    private final RecordLinks links;
    private final WebPages pages;

    TeamPageController(Teams teams, Projects projects, RecordLinks links, WebPages pages) {
        this.teams = teams;
        this.projects = projects;
        this.links = links;
        this.pages = pages;
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, UUID id) {
        var view = teams.get(id);
        var team = view.team();
        var members = view.members().stream().map(member -> new TeamPage.Member(links.person(member.personId()),
                member.role(), member.from(), member.to())).toList();
        var page = new TeamPage(team, links.centre(team.centreId()), links.institutions(view.institutionIds()),
                links.disciplines(team.disciplineCodes()), links.person(team.leadId()), members,
                Excerpt.of(projects.list(ProjectFilter.ofTeam(id), Excerpt.FIRST), Ref::of));
        return pages.render(request, "team/show", page);
    }
}
