package org.jointresearch.registry.core.importer;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.model.Pageable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.core.agreement.Partners;
import org.jointresearch.registry.core.institution.Institution;
import org.jointresearch.registry.core.institution.InstitutionKind;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.core.project.ProjectRole;
import org.jointresearch.registry.core.project.Projects;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo world, loaded at start-up as bin/run does, and loaded again. */
@MicronautTest(transactional = false)
@Property(name = "registry.demo-data", value = "true")
class RegistryImportTest {

    @Inject
    RegistryImport registryImport;

    @Inject
    DemoWorldLoader demoWorld;

    @Inject
    Institutions institutions;

    @Inject
    Partners partners;

    @Inject
    Projects projects;

    @Test
    void loadingTheDemoWorldAgainChangesNothing() {
        var document = demoWorld.demoWorld();

        var again = registryImport.load(document);

        assertThat(again.sections()).isEqualTo(Map.of(
                ImportKeys.INSTITUTIONS, unchanged(document.institutions()),
                ImportKeys.PEOPLE, unchanged(document.people()),
                ImportKeys.AGREEMENTS, unchanged(document.agreements()),
                ImportKeys.CENTRES, unchanged(document.centres()),
                ImportKeys.TEAMS, unchanged(document.teams()),
                ImportKeys.PROJECTS, unchanged(document.projects()),
                ImportKeys.PROGRAMMES, unchanged(document.programmes())));
    }

    @Test
    void everyHospitalOfTheDemoWorldReachesZhejiangUniversityThroughItsParents() {
        var hospitals = demoWorld.demoWorld().institutions().stream()
                .filter(entry -> entry.kind() == InstitutionKind.HOSPITAL).toList();

        assertThat(hospitals).hasSize(3);
        assertThat(hospitals).allSatisfy(hospital -> {
            var chain = institutions.ancestors(ImportKeys.id(ImportKeys.INSTITUTIONS, hospital.key()));
            assertThat(chain).extracting(Institution::kind)
                    .containsExactly(InstitutionKind.MEDICAL_SCHOOL, InstitutionKind.UNIVERSITY);
            assertThat(chain.get(1).aliases()).contains("ZJU");
        });
    }

    @Test
    void theSchoolOfMedicineAndTheThreeHospitalsAreThePartnersOfHkust() {
        var hkust = demoWorld.demoWorld().institutions().stream()
                .filter(entry -> entry.aliases() != null && entry.aliases().contains("HKUST")).findFirst().orElseThrow();

        var partnersOfHkust = partners.of(ImportKeys.id(ImportKeys.INSTITUTIONS, hkust.key()), Pageable.from(0, 20));

        assertThat(partnersOfHkust.getContent()).extracting(Institution::kind).containsExactlyInAnyOrder(
                InstitutionKind.MEDICAL_SCHOOL, InstitutionKind.HOSPITAL, InstitutionKind.HOSPITAL,
                InstitutionKind.HOSPITAL);
    }

    @Test
    void everyDemoProjectIsStoredWithItsLead() {
        var document = demoWorld.demoWorld();

        assertThat(document.projects()).allSatisfy(entry -> {
            var stored = projects.get(ImportKeys.id(ImportKeys.PROJECTS, entry.key()));
            assertThat(stored.project().title()).isEqualTo(entry.title());
            assertThat(stored.people()).filteredOn(person -> person.role() == ProjectRole.LEAD).hasSize(1);
        });
    }

    private static ImportSummary.Counts unchanged(List<?> entries) {
        return new ImportSummary.Counts(0, 0, entries.size());
    }
}
