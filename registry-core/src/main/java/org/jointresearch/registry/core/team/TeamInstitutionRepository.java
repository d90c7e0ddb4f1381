package org.jointresearch.registry.core.team;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The institutions of each team. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TeamInstitutionRepository extends GenericRepository<TeamInstitution, TeamRowKey> {

    List<TeamInstitution> findByKeyTeamIdOrderByKeyPositionIndex(UUID teamId);

    void deleteByKeyTeamId(UUID teamId);

    List<TeamInstitution> saveAll(Iterable<TeamInstitution> rows);
}
