package org.jointresearch.registry.search;

import jakarta.inject.Singleton;
import org.jointresearch.registry.core.centre.CentreDraft;
import org.jointresearch.registry.core.centre.CentreStatus;
import org.jointresearch.registry.core.centre.CentreView;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.institution.Institution;
import org.jointresearch.registry.core.institution.InstitutionDraft;
import org.jointresearch.registry.core.institution.InstitutionKind;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.core.person.Affiliation;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.person.PersonDraft;
import org.jointresearch.registry.core.person.PersonView;
import org.jointresearch.registry.core.project.ProjectDraft;
import org.jointresearch.registry.core.project.ProjectPerson;
import org.jointresearch.registry.core.project.ProjectRole;
import org.jointresearch.registry.core.project.ProjectStatus;
import org.jointresearch.registry.core.project.ProjectView;
import org.jointresearch.registry.core.project.Projects;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Registers, through the core services and so under their rules, the records search tests index. */
@Singleton
public class RegistryFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Institutions institutions;
    private final People people;
    private final Projects projects;
    private final Centres centres;

    public RegistryFixtures(Institutions institutions, People people, Projects projects, Centres centres) {
        this.institutions = institutions;
        this.people = people;
        this.projects = projects;
        this.centres = centres;
    }

    /** A name no other record of this test run has. */
    public static String unique(String name) {
        return name + " " + SEQUENCE.incrementAndGet();
    }

    public Institution hospital(String name, String nameZh, String... aliases) {
        return institutions.create(new InstitutionDraft(unique(name), nameZh, List.of(aliases),
                InstitutionKind.HOSPITAL, null, null, "Hangzhou", "CN", null));
    }

    public Institution university(String name) {
        return institutions.create(new InstitutionDraft(unique(name), null, List.of(), InstitutionKind.UNIVERSITY,
                null, null, null, "HK", null));
    }

    /** A researcher with an e-mail address, which no index may carry. */
    public PersonView researcher(String name, UUID institutionId, String... disciplineCodes) {
        return people.create(new PersonDraft(name, null, "Dr", null, emailOf(name), "clinical machine learning",
                List.of(disciplineCodes), List.of(new Affiliation(institutionId, "Professor", null, null))));
    }

    public static String emailOf(String name) {
        return name.toLowerCase().replaceAll("[^a-z]", ".") + "@example.org";
    }

    public ProjectView project(String title, List<String> disciplineCodes, List<UUID> institutionIds,
                               ProjectPerson... team) {
        return projects.create(draft(title, disciplineCodes, institutionIds, team));
    }

    public static ProjectDraft draft(String title, List<String> disciplineCodes, List<UUID> institutionIds,
                                     ProjectPerson... team) {
        return new ProjectDraft(title, "Deep learning for early diagnosis.", List.of("deep learning"),
                disciplineCodes, ProjectStatus.ACTIVE, LocalDate.of(2024, 9, 1), null, null, null, null,
                institutionIds, List.of(team), List.of());
    }

    public static ProjectPerson lead(PersonView person) {
        return new ProjectPerson(person.id(), ProjectRole.LEAD);
    }

    public static ProjectPerson member(PersonView person) {
        return new ProjectPerson(person.id(), ProjectRole.MEMBER);
    }

    public CentreView centre(String name, List<UUID> institutionIds, PersonView director) {
        return centres.create(new CentreDraft(unique(name), "联合中心", null, institutionIds, List.of("3.2"),
                LocalDate.of(2023, 5, 1), CentreStatus.ACTIVE, "A joint centre.", List.of(director.id()), null));
    }
}
