package org.jointresearch.registry.core.project;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The funding of each project. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProjectFundingRepository extends GenericRepository<ProjectFundingRow, ProjectRowKey> {

    List<ProjectFundingRow> findByKeyProjectIdOrderByKeyPositionIndex(UUID projectId);

    List<ProjectFundingRow> findByKeyProjectIdInOrderByKeyPositionIndex(Collection<UUID> projectIds);

    void deleteByKeyProjectId(UUID projectId);

    List<ProjectFundingRow> saveAll(Iterable<ProjectFundingRow> rows);
}
