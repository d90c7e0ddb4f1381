package org.jointresearch.registry.core.centre;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The institutions of each centre. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CentreInstitutionRepository extends GenericRepository<CentreInstitution, CentreRowKey> {

    List<CentreInstitution> findByKeyCentreIdOrderByKeyPositionIndex(UUID centreId);

    void deleteByKeyCentreId(UUID centreId);

    List<CentreInstitution> saveAll(Iterable<CentreInstitution> rows);
}
