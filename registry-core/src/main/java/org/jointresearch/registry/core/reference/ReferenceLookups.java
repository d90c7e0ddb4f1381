package org.jointresearch.registry.core.reference;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.jointresearch.registry.core.institution.Institution;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Whether the records another record names exist, asked of the tables directly, so a feature can check
 * its references without depending on the feature that owns them. Micronaut Data wants a root entity
 * for every repository; every query here is native, so which one it is does not matter.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ReferenceLookups extends GenericRepository<Institution, UUID> {

    @Query(value = "SELECT EXISTS(SELECT 1 FROM person WHERE id = :id)", nativeQuery = true)
    boolean existsPerson(UUID id);

    @Query(value = "SELECT EXISTS(SELECT 1 FROM agreement WHERE id = :id)", nativeQuery = true)
    boolean existsAgreement(UUID id);

    @Query(value = "SELECT EXISTS(SELECT 1 FROM institution WHERE id = :id)", nativeQuery = true)
    boolean existsInstitution(UUID id);

    @Query(value = "SELECT EXISTS(SELECT 1 FROM centre WHERE id = :id)", nativeQuery = true)
    boolean existsCentre(UUID id);

    @Query(value = "SELECT EXISTS(SELECT 1 FROM team WHERE id = :id)", nativeQuery = true)
    boolean existsTeam(UUID id);

    /** Those of the given codes that name a discipline; never call it with an empty collection. */
    @Query(value = "SELECT code FROM discipline WHERE code IN (:codes)", nativeQuery = true)
    List<String> knownDisciplineCodes(Collection<String> codes);
}
