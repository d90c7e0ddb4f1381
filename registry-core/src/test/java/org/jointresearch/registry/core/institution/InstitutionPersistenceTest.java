package org.jointresearch.registry.core.institution;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class InstitutionPersistenceTest {

    @Inject
    InstitutionRepository institutions;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void migrationsHaveRunAgainstTheRealPostgresql() {
        var serverAndMigrations = transactions.executeRead(status -> {
            try (var statement = status.getConnection().createStatement();
                 var rows = statement.executeQuery(
                         "select version(), (select count(*) from flyway_schema_history where success)")) {
                rows.next();
                return List.of(rows.getString(1), rows.getString(2));
            }
        });

        assertThat(serverAndMigrations.get(0)).startsWith("PostgreSQL");
        assertThat(Integer.parseInt(serverAndMigrations.get(1))).isPositive();
    }

    @Test
    void anInstitutionRoundTripsWithItsAliasesAndParent() {
        var university = institutions.save(new Institution(UUID.randomUUID(), null, null, null,
                "Round-trip University " + System.nanoTime(), "往返大学", List.of("RTU", "往大"),
                InstitutionKind.UNIVERSITY, null, null, "Hangzhou", "CN", "https://rtu.example"));
        var hospital = institutions.save(new Institution(UUID.randomUUID(), null, null, null,
                "Round-trip Hospital " + System.nanoTime(), null, List.of(),
                InstitutionKind.HOSPITAL, university.id(), null, "Hangzhou", "CN", null));

        var found = institutions.findById(hospital.id()).orElseThrow();

        assertThat(found.parentId()).isEqualTo(university.id());
        assertThat(found.version()).isZero();
        assertThat(found.createdAt()).isNotNull();
        assertThat(institutions.findById(university.id()).orElseThrow().aliases()).containsExactly("RTU", "往大");
    }

    @Test
    void theDatabaseRefusesAnInstitutionWithoutAName() {
        var nameless = new Institution(UUID.randomUUID(), null, null, null, " ", null, List.of(),
                InstitutionKind.OTHER, null, null, null, null, null);

        assertThatThrownBy(() -> institutions.save(nameless)).hasMessageContaining("institution_name_check");
    }
}
