package org.jointresearch.registry.api.web.project;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.api.web.RecordLinks;
import org.jointresearch.registry.api.web.RelatedRecords.Related;
import org.jointresearch.registry.api.web.Ref;
import org.jointresearch.registry.core.project.Funding;
import org.jointresearch.registry.core.project.Project;
import org.jointresearch.registry.core.project.ProjectRole;
import org.jointresearch.registry.core.project.ProjectView;

import java.util.List;

/**
 * What a project's page shows: the project, the records it names, as links, and projects like it.
 *
 * @param editable whether the reader may open the project's edit form
 * @param similar  projects like this one, from the search index
 */
public record ProjectPage(Project project, List<Ref> disciplines, List<Participant> people, List<Ref> institutions,
                          @Nullable Ref centre, @Nullable Ref team, @Nullable Ref agreement, List<Funding> funding,
                          boolean editable, Related similar) {

    /** Someone working on the project, and in which role. */
    public record Participant(Ref person, ProjectRole role) {
    }

    static ProjectPage of(ProjectView view, RecordLinks links, boolean editable, Related similar) {
        var project = view.project();
        return new ProjectPage(project, links.disciplines(project.disciplineCodes()),
                view.people().stream().map(p -> new Participant(links.person(p.personId()), p.role())).toList(),
                links.institutions(view.institutionIds()), links.centre(project.centreId()),
                links.team(project.teamId()), links.agreement(project.agreementId()), view.funding(), editable,
                similar);
    }
}
