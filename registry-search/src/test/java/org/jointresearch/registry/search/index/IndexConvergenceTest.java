package org.jointresearch.registry.search.index;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.core.discipline.DisciplineDraft;
import org.jointresearch.registry.core.discipline.Disciplines;
import org.jointresearch.registry.core.institution.InstitutionDraft;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.person.PersonDraft;
import org.jointresearch.registry.core.project.ProjectDraft;
import org.jointresearch.registry.core.project.Projects;
import org.jointresearch.registry.search.IndexProbe;
import org.jointresearch.registry.search.RegistryFixtures;
import org.jointresearch.registry.search.centre.CentreDocument;
import org.jointresearch.registry.search.document.Lookups;
import org.jointresearch.registry.search.people.PersonDocument;
import org.jointresearch.registry.search.project.ProjectDocument;
import org.jointresearch.registry.search.suggest.SuggestionDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.search.RegistryFixtures.lead;
import static org.jointresearch.registry.search.RegistryFixtures.member;

/** Changes made through the services reach the indexes on their own, by way of the outbox and the indexer. */
@MicronautTest(transactional = false)
class IndexConvergenceTest {

    @Inject
    RegistryFixtures fixtures;

    @Inject
    IndexProbe probe;

    @Inject
    Documents documents;

    @Inject
    Lookups lookups;

    @Inject
    Institutions institutions;

    @Inject
    People people;

    @Inject
    Projects projects;

    @Inject
    Disciplines disciplines;

    @Test
    void aProjectCreatedUpdatedAndDeletedIsIndexedThenChangedThenGone() {
        var hospital = fixtures.hospital("Sir Run Run Shaw Hospital", "邵逸夫医院", "SRRSH");
        var project = fixtures.project("Sepsis early warning", List.of("3.2.1"), List.of(hospital.id()));
        var id = project.project().id();
        awaitAsTheDatabaseHoldsIt(RegistryIndex.PROJECTS, id, ProjectDocument.class);

        var renamed = projects.update(id, null, retitled(ProjectDraft.of(project), "Sepsis early warning, phase 2"));
        awaitAsTheDatabaseHoldsIt(RegistryIndex.PROJECTS, id, ProjectDocument.class);
        awaitAsTheDatabaseHoldsIt(RegistryIndex.SUGGESTIONS, "project:" + id, SuggestionDocument.class);

        projects.delete(id, renamed.project().version());
        probe.awaitEqual(RegistryIndex.PROJECTS, id, ProjectDocument.class, null);
        probe.awaitEqual(RegistryIndex.SUGGESTIONS, "project:" + id, SuggestionDocument.class, null);
    }

    @Test
    void renamingAnInstitutionReindexesItsProjectsPeopleCentresAndSuggestion() {
        var hospital = fixtures.hospital("Second Affiliated Hospital", "浙大二院", "SAHZU");
        var university = fixtures.university("HKUST");
        var researcher = fixtures.researcher("Zhou Min", hospital.id());
        var project = fixtures.project("Stroke imaging", List.of("3.2.2"), List.of(hospital.id()), lead(researcher));
        var centre = fixtures.centre("Joint Centre for Neuroscience", List.of(hospital.id(), university.id()),
                researcher);

        institutions.update(hospital.id(), null, new InstitutionDraft("Second Affiliated Hospital of ZJU Medicine",
                "浙江大学医学院附属第二医院", List.of("SAHZU", "浙大二院"), hospital.kind(), null, null, null, "CN", null));

        awaitAsTheDatabaseHoldsIt(RegistryIndex.PROJECTS, project.project().id(), ProjectDocument.class);
        awaitAsTheDatabaseHoldsIt(RegistryIndex.PEOPLE, researcher.id(), PersonDocument.class);
        awaitAsTheDatabaseHoldsIt(RegistryIndex.CENTRES, centre.centre().id(), CentreDocument.class);
        var suggestion = awaitAsTheDatabaseHoldsIt(RegistryIndex.SUGGESTIONS, "institution:" + hospital.id(),
                SuggestionDocument.class);
        assertThat(suggestion.label()).isEqualTo("Second Affiliated Hospital of ZJU Medicine");
        assertThat(probe.find(RegistryIndex.PROJECTS, project.project().id(), ProjectDocument.class).orElseThrow()
                .institutions().getFirst().aliases()).containsExactly("SAHZU", "浙大二院");
    }

    @Test
    void renamingAPersonReindexesTheProjectsAndCentresThatNameThem() {
        var hospital = fixtures.hospital("First Affiliated Hospital", "浙大一院", "FAHZU");
        var university = fixtures.university("HKUST");
        var researcher = fixtures.researcher("Xu Lan", hospital.id());
        var project = fixtures.project("Liver transplant outcomes", List.of("3.2.6"), List.of(hospital.id()),
                lead(researcher));
        var centre = fixtures.centre("Joint Centre for Surgery", List.of(hospital.id(), university.id()), researcher);

        people.update(researcher.id(), null, new PersonDraft("Xu Lan-Ying", "徐兰英", "Prof", null, null,
                "hepatobiliary surgery", List.of("3.2.6"), researcher.affiliations()));

        var indexed = awaitAsTheDatabaseHoldsIt(RegistryIndex.PROJECTS, project.project().id(), ProjectDocument.class);
        assertThat(indexed.people()).extracting(ProjectDocument.Member::nameZh).containsExactly("徐兰英");
        awaitAsTheDatabaseHoldsIt(RegistryIndex.CENTRES, centre.centre().id(), CentreDocument.class);
        awaitAsTheDatabaseHoldsIt(RegistryIndex.PEOPLE, researcher.id(), PersonDocument.class);
    }

    @Test
    void takingSomeoneOffAProjectDropsItFromTheirPersonDocument() {
        var hospital = fixtures.hospital("Women's Hospital", "浙大妇院");
        var leader = fixtures.researcher("He Yu", hospital.id());
        var leaving = fixtures.researcher("Sun Li", hospital.id());
        var project = fixtures.project("Prenatal screening", List.of("3.2"), List.of(hospital.id()), lead(leader),
                member(leaving));
        var before = awaitAsTheDatabaseHoldsIt(RegistryIndex.PEOPLE, leaving.id(), PersonDocument.class);
        assertThat(before.projects()).hasSize(1);

        var draft = ProjectDraft.of(project);
        projects.update(project.project().id(), null, new ProjectDraft(draft.title(), draft.summary(), draft.keywords(),
                draft.disciplineCodes(), draft.status(), draft.startsOn(), draft.endsOn(), null, null, null,
                draft.institutionIds(), List.of(lead(leader)), List.of()));

        var after = awaitAsTheDatabaseHoldsIt(RegistryIndex.PEOPLE, leaving.id(), PersonDocument.class);
        assertThat(after.projects()).isEmpty();
    }

    @Test
    void renamingADisciplineReindexesWhatIsClassifiedUnderIt() {
        disciplines.create(new DisciplineDraft("3.2.40", "Tele-rehabilitation", null, "3.2"));
        var hospital = fixtures.hospital("Rehabilitation Hospital", null);
        var therapist = fixtures.researcher("Ma Lin", hospital.id());
        var project = fixtures.project("Remote physiotherapy", List.of("3.2.40"), List.of(hospital.id()),
                lead(therapist));

        disciplines.update("3.2.40", null, new DisciplineDraft("3.2.40", "Telerehabilitation", "远程康复", "3.2"));

        var indexed = awaitAsTheDatabaseHoldsIt(RegistryIndex.PROJECTS, project.project().id(), ProjectDocument.class);
        assertThat(indexed.disciplineNames()).contains("Telerehabilitation", "远程康复")
                .doesNotContain("Tele-rehabilitation");
        var person = awaitAsTheDatabaseHoldsIt(RegistryIndex.PEOPLE, therapist.id(), PersonDocument.class);
        assertThat(person.projects().getFirst().disciplineNames()).contains("Telerehabilitation");
        awaitAsTheDatabaseHoldsIt(RegistryIndex.SUGGESTIONS, "discipline:3.2.40", SuggestionDocument.class);
    }

    /** Waits until the indexed document equals the one the database gives now, and answers it. */
    private <T> T awaitAsTheDatabaseHoldsIt(RegistryIndex index, Object id, Class<T> type) {
        var expected = type.cast(documents.build(new DocumentRef(index, id.toString()), lookups.open()).source());
        probe.awaitEqual(index, id, type, expected);
        return expected;
    }

    private static ProjectDraft retitled(ProjectDraft draft, String title) {
        return new ProjectDraft(title, draft.summary(), draft.keywords(), draft.disciplineCodes(), draft.status(),
                draft.startsOn(), draft.endsOn(), draft.centreId(), draft.teamId(), draft.agreementId(),
                draft.institutionIds(), draft.people(), draft.funding());
    }
}
