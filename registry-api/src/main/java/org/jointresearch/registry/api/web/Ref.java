package org.jointresearch.registry.api.web;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.core.agreement.AgreementView;
import org.jointresearch.registry.core.area.CollaborationArea;
import org.jointresearch.registry.core.centre.CentreView;
import org.jointresearch.registry.core.discipline.Discipline;
import org.jointresearch.registry.core.institution.Institution;
import org.jointresearch.registry.core.person.PersonView;
import org.jointresearch.registry.core.programme.ProgrammeView;
import org.jointresearch.registry.core.project.ProjectView;
import org.jointresearch.registry.core.team.TeamView;

/**
 * A record named on a page: its name, its Chinese name when it has one, and the address of its own page
 * (none for disciplines and collaboration areas, which have no page).
 */
public record Ref(@Nullable String href, String name, @Nullable String nameZh) {

    public static Ref of(Institution institution) {
        return new Ref("/institutions/" + institution.id(), institution.name(), institution.nameZh());
    }

    public static Ref of(PersonView person) {
        return new Ref("/people/" + person.id(), person.person().name(), person.person().nameZh());
    }

    public static Ref of(AgreementView agreement) {
        return new Ref("/agreements/" + agreement.id(), agreement.agreement().title(), null);
    }

    public static Ref of(CentreView centre) {
        return new Ref("/centres/" + centre.centre().id(), centre.centre().name(), centre.centre().nameZh());
    }

    public static Ref of(TeamView team) {
        return new Ref("/teams/" + team.team().id(), team.team().name(), null);
    }

    public static Ref of(ProjectView project) {
        return new Ref("/projects/" + project.project().id(), project.project().title(), null);
    }

    public static Ref of(ProgrammeView programme) {
        return new Ref("/programmes/" + programme.programme().id(), programme.programme().name(), null);
    }

    public static Ref of(Discipline discipline) {
        return new Ref(null, discipline.name(), discipline.nameZh());
    }

    public static Ref of(CollaborationArea area) {
        return new Ref(null, area.name(), area.nameZh());
    }
}
