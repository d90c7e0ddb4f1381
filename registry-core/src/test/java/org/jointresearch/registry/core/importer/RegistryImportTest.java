package org.jointresearch.registry.core.importer;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.core.institution.InstitutionKind;
import org.jointresearch.registry.core.institution.Institutions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@Property(name = "registry.demo-data", value = "true")
class RegistryImportTest {

    @Inject
    RegistryImport registryImport;

    @Inject
    DemoWorldLoader demoWorld;

    @Inject
    Institutions institutions;

    @Test
    void loadingTheDemoWorldAgainChangesNothing() {
        var document = demoWorld.demoWorld();

        var again = registryImport.load(document);

        var counts = again.sections().get(RegistryImport.INSTITUTIONS);
        assertThat(counts.created()).isZero();
        assertThat(counts.updated()).isZero();
        assertThat(counts.unchanged()).isEqualTo(document.institutions().size());
    }

    @Test
    void everyHospitalOfTheDemoWorldReachesZhejiangUniversityThroughItsParents() {
        var hospitals = demoWorld.demoWorld().institutions().stream()
                .filter(entry -> entry.kind() == InstitutionKind.HOSPITAL).toList();

        assertThat(hospitals).hasSize(3);
        assertThat(hospitals).allSatisfy(hospital -> {
            var chain = institutions.ancestors(ImportKeys.id(RegistryImport.INSTITUTIONS, hospital.key()));
            assertThat(chain).extracting(institution -> institution.kind())
                    .containsExactly(InstitutionKind.MEDICAL_SCHOOL, InstitutionKind.UNIVERSITY);
            assertThat(chain.get(1).aliases()).contains("ZJU");
        });
    }
}
