package org.jointresearch.registry.api.web.institution;

import jakarta.inject.Singleton;
import org.jointresearch.registry.api.web.Excerpt;
import org.jointresearch.registry.api.web.Ref;
import org.jointresearch.registry.core.agreement.AgreementFilter;
import org.jointresearch.registry.core.agreement.Agreements;
import org.jointresearch.registry.core.agreement.Partners;
import org.jointresearch.registry.core.centre.CentreFilter;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.institution.InstitutionFilter;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.person.PersonFilter;
import org.jointresearch.registry.core.programme.ProgrammeFilter;
import org.jointresearch.registry.core.programme.Programmes;
import org.jointresearch.registry.core.project.ProjectFilter;
import org.jointresearch.registry.core.project.Projects;

import java.util.UUID;

/** Gathers an institution's page from the services that own each part of it. */
@Singleton
class InstitutionPages {

    private final Institutions institutions;
    private final Partners partners;
    private final Agreements agreements;
    private final Centres centres;
    private final Projects projects;
    private final Programmes programmes;
    private final People people;

    InstitutionPages(Institutions institutions, Partners partners, Agreements agreements, Centres centres,
                     Projects projects, Programmes programmes, People people) {
        this.institutions = institutions;
        this.partners = partners;
        this.agreements = agreements;
        this.centres = centres;
        this.projects = projects;
        this.programmes = programmes;
        this.people = people;
    }

    InstitutionPage of(UUID id) {
        var institution = institutions.get(id);
        return new InstitutionPage(institution,
                institutions.ancestors(id).reversed().stream().map(Ref::of).toList(),
                Excerpt.of(institutions.list(InstitutionFilter.childrenOf(id), Excerpt.first("name")), Ref::of),
                Excerpt.of(partners.of(id, Excerpt.FIRST), Ref::of),
                Excerpt.of(agreements.list(AgreementFilter.ofInstitution(id), Excerpt.FIRST), Ref::of),
                Excerpt.of(centres.list(CentreFilter.ofInstitution(id), Excerpt.FIRST), Ref::of),
                Excerpt.of(projects.list(ProjectFilter.ofInstitution(id), Excerpt.FIRST), Ref::of),
                Excerpt.of(programmes.list(ProgrammeFilter.ofInstitution(id), Excerpt.FIRST), Ref::of),
                Excerpt.of(people.list(PersonFilter.ofInstitution(id), Excerpt.FIRST), Ref::of));
    }
}
