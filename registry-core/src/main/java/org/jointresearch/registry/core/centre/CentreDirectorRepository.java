package org.jointresearch.registry.core.centre;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The directors of each centre. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CentreDirectorRepository extends GenericRepository<CentreDirector, CentreRowKey> {

    List<CentreDirector> findByKeyCentreIdOrderByKeyPositionIndex(UUID centreId);

    List<CentreDirector> findByPersonId(UUID personId);

    void deleteByKeyCentreId(UUID centreId);

    List<CentreDirector> saveAll(Iterable<CentreDirector> rows);
}
