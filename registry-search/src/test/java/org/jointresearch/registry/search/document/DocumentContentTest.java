package org.jointresearch.registry.search.document;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.search.RegistryFixtures;
import org.jointresearch.registry.search.centre.CentreDocument;
import org.jointresearch.registry.search.index.DocumentRef;
import org.jointresearch.registry.search.index.Documents;
import org.jointresearch.registry.search.index.RegistryIndex;
import org.jointresearch.registry.search.people.PersonDocument;
import org.jointresearch.registry.search.project.ProjectDocument;
import org.jointresearch.registry.search.suggest.SuggestionDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.search.RegistryFixtures.lead;

/** What the documents built from the registry carry, and what they never carry. */
@MicronautTest(transactional = false)
@Property(name = "registry.search.indexer.enabled", value = "false")
class DocumentContentTest {

    @Inject
    RegistryFixtures fixtures;

    @Inject
    Documents documents;

    @Inject
    Lookups lookups;

    @Inject
    ElasticsearchClient client;

    @Test
    void aProjectCarriesItsDisciplineAncestorsAndEveryNameOfItsInstitutionsAndPeople() {
        var hospital = fixtures.hospital("Sir Run Run Shaw Hospital", "邵逸夫医院", "SRRSH", "浙大邵逸夫");
        var researcher = fixtures.researcher("Li Wei", hospital.id(), "3.2.1");
        var project = fixtures.project("AI triage in the emergency room", List.of("3.2.1"), List.of(hospital.id()),
                lead(researcher));

        var document = (ProjectDocument) build(RegistryIndex.PROJECTS, project.project().id());

        assertThat(document.disciplineCodes()).containsExactly("3.2.1");
        assertThat(document.disciplineAncestors()).containsExactly("3", "3.2", "3.2.1");
        assertThat(document.disciplineNames()).contains("AI in medicine", "人工智能医学", "Clinical medicine",
                "Medical and health sciences");
        assertThat(document.institutions()).containsExactly(new InstitutionPart(hospital.id().toString(),
                hospital.name(), "邵逸夫医院", List.of("SRRSH", "浙大邵逸夫")));
        assertThat(document.people()).containsExactly(
                new ProjectDocument.Member(researcher.id().toString(), "Li Wei", null, "LEAD"));
        assertThat(document.startYear()).isEqualTo(2024);
    }

    @Test
    void aPersonCarriesAffiliationsAndProjectsWithRolesButNeverTheirEmail() {
        var hospital = fixtures.hospital("First Affiliated Hospital", "浙大一院", "FAHZU");
        var researcher = fixtures.researcher("Chen Jie", hospital.id(), "3.2.2");
        var project = fixtures.project("Low-dose CT reconstruction", List.of("3.2.2"), List.of(hospital.id()),
                lead(researcher));

        var document = (PersonDocument) build(RegistryIndex.PEOPLE, researcher.id());

        assertThat(document.affiliations()).extracting(PersonDocument.Affiliation::aliases)
                .containsExactly(List.of("FAHZU"));
        assertThat(document.projects()).containsExactly(new PersonDocument.Work(project.project().id().toString(),
                "Low-dose CT reconstruction", List.of("deep learning"),
                List.of("Medical and health sciences", "医学与健康科学", "Clinical medicine", "临床医学",
                        "Medical imaging", "医学影像"), "LEAD", "ACTIVE"));
        assertThat(document.disciplineAncestors()).containsExactly("3", "3.2", "3.2.2");
        assertThat(json(document)).doesNotContain("Deep learning for early diagnosis.")
                .doesNotContainIgnoringCase("email")
                .doesNotContain(RegistryFixtures.emailOf("Chen Jie"));
    }

    @Test
    void aCentreCarriesItsInstitutionsAndDirectorsByName() {
        var hospital = fixtures.hospital("Second Affiliated Hospital", "浙大二院", "SAHZU");
        var university = fixtures.university("HKUST");
        var director = fixtures.researcher("Wong Ka Ho", university.id());
        var centre = fixtures.centre("Joint Centre for Medical AI", List.of(hospital.id(), university.id()), director);

        var document = (CentreDocument) build(RegistryIndex.CENTRES, centre.centre().id());

        assertThat(document.institutions()).extracting(InstitutionPart::name)
                .containsExactly(hospital.name(), university.name());
        assertThat(document.directors()).containsExactly(
                new NamedPart(director.id().toString(), "Wong Ka Ho", null));
        assertThat(document.disciplineAncestors()).containsExactly("3", "3.2");
    }

    @Test
    void anInstitutionSuggestionOffersItsAliasesToo() {
        var hospital = fixtures.hospital("First Affiliated Hospital Zhejiang", "浙江大学医学院附属第一医院", "浙大一院");

        var suggestion = (SuggestionDocument) documents.build(
                DocumentRef.suggestion("institution", hospital.id().toString()), lookups.open()).source();

        assertThat(suggestion).isEqualTo(new SuggestionDocument("institution", hospital.id().toString(),
                hospital.name(), "浙江大学医学院附属第一医院", List.of("浙大一院")));
    }

    @Test
    void aRecordThatIsGoneBuildsTheDeletionOfItsDocument() {
        var write = documents.build(new DocumentRef(RegistryIndex.PROJECTS, "7b0a3d4c-0000-4000-8000-000000000000"),
                lookups.open());

        assertThat(write.deletes()).isTrue();
    }

    @Test
    void rendersDatesAsIsoDaysAndLeavesNoFieldTheMappingLacks() {
        var hospital = fixtures.hospital("Hospital for rendering", null);
        var project = fixtures.project("Rendered project", List.of("3.2"), List.of(hospital.id()));

        var json = json(build(RegistryIndex.PROJECTS, project.project().id()));

        assertThat(json).contains("\"startsOn\":\"2024-09-01\"", "\"startYear\":2024", "\"status\":\"ACTIVE\"",
                "\"disciplineAncestors\":[\"3\",\"3.2\"]");
    }

    private Object build(RegistryIndex index, Object id) {
        return documents.build(new DocumentRef(index, id.toString()), lookups.open()).source();
    }

    private String json(Object document) {
        return JsonpUtils.toJsonString(document, client._jsonpMapper());
    }
}
