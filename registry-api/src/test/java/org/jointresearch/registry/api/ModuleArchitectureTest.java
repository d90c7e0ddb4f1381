package org.jointresearch.registry.api;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** Keeps the dependencies pointing api -> search -> core, and each technology in its module. */
class ModuleArchitectureTest {

    private static final String ROOT = "org.jointresearch.registry";

    private static final JavaClasses REGISTRY = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void dependenciesPointFromApiToSearchToCore() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("api").definedBy(ROOT + ".api..")
                .layer("search").definedBy(ROOT + ".search..")
                .layer("core").definedBy(ROOT + ".core..")
                .whereLayer("api").mayNotBeAccessedByAnyLayer()
                .whereLayer("search").mayOnlyBeAccessedByLayers("api")
                .whereLayer("core").mayOnlyBeAccessedByLayers("search", "api")
                .check(REGISTRY);
    }

    @Test
    void elasticsearchTypesStayInsideTheSearchModule() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".search..")
                .should().dependOnClassesThat().resideInAPackage("co.elastic..")
                .check(REGISTRY);
    }

    @Test
    void httpTypesStayInsideTheApiModule() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".api..")
                .should().dependOnClassesThat().resideInAPackage("io.micronaut.http..")
                .check(REGISTRY);
    }
}
