package org.jointresearch.registry.search.index;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.search.index.Relation.CENTRES_DIRECTED_BY_PERSON;
import static org.jointresearch.registry.search.index.Relation.CENTRES_OF_INSTITUTION;
import static org.jointresearch.registry.search.index.Relation.CENTRES_UNDER_DISCIPLINE;
import static org.jointresearch.registry.search.index.Relation.PEOPLE_OF_INSTITUTION;
import static org.jointresearch.registry.search.index.Relation.PEOPLE_ON_PROJECT;
import static org.jointresearch.registry.search.index.Relation.PEOPLE_ON_PROJECTS_UNDER_DISCIPLINE;
import static org.jointresearch.registry.search.index.Relation.PEOPLE_UNDER_DISCIPLINE;
import static org.jointresearch.registry.search.index.Relation.PROJECTS_OF_CENTRE;
import static org.jointresearch.registry.search.index.Relation.PROJECTS_OF_INSTITUTION;
import static org.jointresearch.registry.search.index.Relation.PROJECTS_OF_PERSON;
import static org.jointresearch.registry.search.index.Relation.PROJECTS_OF_TEAM;
import static org.jointresearch.registry.search.index.Relation.PROJECTS_UNDER_DISCIPLINE;

class ChangeImpactTest {

    private static final String ID = "5f0c6d1e-8a53-4a5e-9b1e-2f1f0e6c7a10";

    @Test
    void aProjectChangeRebuildsTheProjectItsSuggestionAndThePeopleOnItBeforeAndAfter() {
        var impact = ChangeImpact.of("project", ID);

        assertThat(impact.documents()).containsExactlyInAnyOrder(
                new DocumentRef(RegistryIndex.PROJECTS, ID),
                new DocumentRef(RegistryIndex.SUGGESTIONS, "project:" + ID));
        assertThat(impact.related()).containsExactly(new ChangeImpact.Related(PEOPLE_ON_PROJECT, ID));
    }

    @Test
    void aChangeLeavesOnlyOtherPeoplesDocumentsToItsFollowUp() {
        var institution = ChangeImpact.of("institution", ID);

        assertThat(institution.immediate().documents()).isEqualTo(institution.documents());
        assertThat(institution.immediate().related()).extracting(ChangeImpact.Related::relation)
                .containsExactlyInAnyOrder(PROJECTS_OF_INSTITUTION, CENTRES_OF_INSTITUTION);
        assertThat(institution.deferred().documents()).isEmpty();
        assertThat(institution.deferred().related()).extracting(ChangeImpact.Related::relation)
                .containsExactly(PEOPLE_OF_INSTITUTION);
        var person = ChangeImpact.of("person", ID);
        assertThat(person.immediate()).isEqualTo(person);
        assertThat(person.deferred().related()).isEmpty();
    }

    @Test
    void aPersonChangeRebuildsThePersonAndTheProjectsAndCentresThatNameThem() {
        var impact = ChangeImpact.of("person", ID);

        assertThat(impact.documents()).containsExactlyInAnyOrder(
                new DocumentRef(RegistryIndex.PEOPLE, ID), new DocumentRef(RegistryIndex.SUGGESTIONS, "person:" + ID));
        assertThat(impact.related()).extracting(ChangeImpact.Related::relation)
                .containsExactlyInAnyOrder(PROJECTS_OF_PERSON, CENTRES_DIRECTED_BY_PERSON);
    }

    @Test
    void anInstitutionRenameReachesItsProjectsPeopleCentresAndItsSuggestion() {
        var impact = ChangeImpact.of("institution", ID);

        assertThat(impact.documents()).containsExactly(new DocumentRef(RegistryIndex.SUGGESTIONS, "institution:" + ID));
        assertThat(impact.related()).extracting(ChangeImpact.Related::relation)
                .containsExactlyInAnyOrder(PROJECTS_OF_INSTITUTION, PEOPLE_OF_INSTITUTION, CENTRES_OF_INSTITUTION);
    }

    @Test
    void aCentreOrTeamChangeReachesTheirProjects() {
        assertThat(ChangeImpact.of("centre", ID).documents())
                .contains(new DocumentRef(RegistryIndex.CENTRES, ID),
                        new DocumentRef(RegistryIndex.SUGGESTIONS, "centre:" + ID));
        assertThat(ChangeImpact.of("centre", ID).related()).extracting(ChangeImpact.Related::relation)
                .containsExactly(PROJECTS_OF_CENTRE);
        assertThat(ChangeImpact.of("team", ID).documents()).isEmpty();
        assertThat(ChangeImpact.of("team", ID).related()).extracting(ChangeImpact.Related::relation)
                .containsExactly(PROJECTS_OF_TEAM);
    }

    @Test
    void aDisciplineChangeReachesEverythingClassifiedUnderItsCode() {
        var impact = ChangeImpact.of("discipline", "3.2");

        assertThat(impact.documents()).containsExactly(new DocumentRef(RegistryIndex.SUGGESTIONS, "discipline:3.2"));
        assertThat(impact.related()).extracting(ChangeImpact.Related::relation).containsExactlyInAnyOrder(
                PROJECTS_UNDER_DISCIPLINE, PEOPLE_UNDER_DISCIPLINE, CENTRES_UNDER_DISCIPLINE,
                PEOPLE_ON_PROJECTS_UNDER_DISCIPLINE);
        assertThat(impact.related()).extracting(ChangeImpact.Related::id).containsOnly("3.2");
    }

    @Test
    void agreementsProgrammesAndCollaborationAreasAreInNoIndex() {
        assertThat(ChangeImpact.of("agreement", ID)).isEqualTo(ChangeImpact.NONE);
        assertThat(ChangeImpact.of("programme", ID)).isEqualTo(ChangeImpact.NONE);
        assertThat(ChangeImpact.of("collaboration_area", "AI")).isEqualTo(ChangeImpact.NONE);
    }
}
