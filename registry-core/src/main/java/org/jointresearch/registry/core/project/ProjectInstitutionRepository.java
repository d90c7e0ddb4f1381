package org.jointresearch.registry.core.project;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The institutions of each project. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProjectInstitutionRepository extends GenericRepository<ProjectInstitution, ProjectRowKey> {

    List<ProjectInstitution> findByKeyProjectIdOrderByKeyPositionIndex(UUID projectId);

    List<ProjectInstitution> findByKeyProjectIdInOrderByKeyPositionIndex(Collection<UUID> projectIds);

    void deleteByKeyProjectId(UUID projectId);

    List<ProjectInstitution> saveAll(Iterable<ProjectInstitution> rows);
}
