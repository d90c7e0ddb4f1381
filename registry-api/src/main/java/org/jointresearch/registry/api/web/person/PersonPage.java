package org.jointresearch.registry.api.web.person;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.api.web.Excerpt;
import org.jointresearch.registry.api.web.RecordLinks;
import org.jointresearch.registry.api.web.Ref;
import org.jointresearch.registry.api.web.RelatedRecords.Related;
import org.jointresearch.registry.core.person.PersonView;
import org.jointresearch.registry.core.project.ProjectRole;
import org.jointresearch.registry.core.project.ProjectStatus;
import org.jointresearch.registry.core.project.ProjectView;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a person's page shows. The fields are copied one by one rather than holding the person's record,
 * so the e-mail address it carries can never reach a template: who may see it is access control's call.
 */
public record PersonPage(String name, @Nullable String nameZh, @Nullable String honorific, @Nullable String orcid,
                         @Nullable String expertise, List<Ref> disciplines, List<Post> affiliations,
                         Excerpt<Involvement> projects, Related peers) {

    /** A post the person holds or held at an institution. */
    public record Post(Ref institution, @Nullable String position, @Nullable LocalDate from, @Nullable LocalDate to) {
    }

    /** A project the person works on, in which role, and where the project stands. */
    public record Involvement(Ref project, ProjectRole role, ProjectStatus status) {

        static Involvement of(ProjectView project, UUID personId) {
            var role = project.people().stream().filter(p -> p.personId().equals(personId)).findFirst()
                    .orElseThrow().role();
            return new Involvement(Ref.of(project), role, project.project().status());
        }
    }

    static PersonPage of(PersonView view, Excerpt<Involvement> projects, Related peers, RecordLinks links) {
        var person = view.person();
        var posts = view.affiliations().stream().map(affiliation -> new Post(links.institution(affiliation.institutionId()),
                affiliation.position(), affiliation.from(), affiliation.to())).toList();
        return new PersonPage(person.name(), person.nameZh(), person.honorific(), person.orcid(), person.expertise(),
                links.disciplines(person.disciplineCodes()), posts, projects, peers);
    }
}
