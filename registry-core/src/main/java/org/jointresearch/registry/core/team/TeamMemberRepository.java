package org.jointresearch.registry.core.team;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The members of each team. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TeamMemberRepository extends GenericRepository<TeamMemberRow, TeamRowKey> {

    List<TeamMemberRow> findByKeyTeamIdOrderByKeyPositionIndex(UUID teamId);

    void deleteByKeyTeamId(UUID teamId);

    List<TeamMemberRow> saveAll(Iterable<TeamMemberRow> rows);
}
