package org.jointresearch.registry.core.project;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The people of each project. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProjectPersonRepository extends GenericRepository<ProjectPersonRow, ProjectRowKey> {

    List<ProjectPersonRow> findByKeyProjectIdOrderByKeyPositionIndex(UUID projectId);

    List<ProjectPersonRow> findByKeyProjectIdInOrderByKeyPositionIndex(Collection<UUID> projectIds);

    List<ProjectPersonRow> findByPersonIdIn(Collection<UUID> personIds);

    void deleteByKeyProjectId(UUID projectId);

    /** Straight from the person's index: the catch-all filter query reads every project to answer this. */
    @Query(value = "SELECT DISTINCT project_id FROM project_person WHERE person_id = :personId", nativeQuery = true)
    List<UUID> findProjectIdsOfPerson(UUID personId);

    boolean existsByKeyProjectIdAndPersonIdAndRoleIn(UUID projectId, UUID personId, Collection<ProjectRole> roles);

    List<ProjectPersonRow> saveAll(Iterable<ProjectPersonRow> rows);
}
