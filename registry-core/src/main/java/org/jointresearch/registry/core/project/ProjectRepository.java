package org.jointresearch.registry.core.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.jointresearch.registry.core.discipline.DisciplineSubtree;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Stores joint projects in PostgreSQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProjectRepository extends CrudRepository<Project, UUID> {

    String MATCHING = """
            FROM project p
            WHERE (CAST(:institution AS uuid) IS NULL OR EXISTS (SELECT 1 FROM project_institution pi
                       WHERE pi.project_id = p.id AND pi.institution_id = CAST(:institution AS uuid)))
              AND """ + DisciplineSubtree.CONDITION + """
              AND (CAST(:status AS text) IS NULL OR p.status = :status)
              AND (CAST(:centre AS uuid) IS NULL OR p.centre_id = CAST(:centre AS uuid))
              AND (CAST(:team AS uuid) IS NULL OR p.team_id = CAST(:team AS uuid))
              AND (CAST(:person AS uuid) IS NULL OR EXISTS (SELECT 1 FROM project_person pp
                       WHERE pp.project_id = p.id AND pp.person_id = CAST(:person AS uuid)))""";

    /** The ids of every project that matches, unpaged. */
    @Query(value = "SELECT p.id " + MATCHING, nativeQuery = true)
    List<UUID> findIdsMatching(@Nullable UUID institution, @Nullable String discipline, @Nullable String status,
                               @Nullable UUID centre, @Nullable UUID team, @Nullable UUID person);

    /** The projects that match every given criterion, by title; an absent criterion matches all. */
    @Query(value = "SELECT p.* " + MATCHING + " ORDER BY p.title, p.id", countQuery = "SELECT count(*) " + MATCHING,
            nativeQuery = true)
    Page<Project> findMatching(@Nullable UUID institution, @Nullable String discipline, @Nullable String status,
                               @Nullable UUID centre, @Nullable UUID team, @Nullable UUID person, Pageable pageable);

    /** The projects that stem from an agreement, by title. */
    Page<Project> findByAgreementIdOrderByTitle(UUID agreementId, Pageable pageable);

    List<Project> findByIdIn(Collection<UUID> ids);

    /** The first projects by id, for the first step of a walk through them all. */
    List<Project> list(Pageable pageable);

    /** The projects whose id follows {@code after}, by id: the next step of a walk through them all. */
    List<Project> findByIdGreaterThan(UUID after, Pageable pageable);
}
