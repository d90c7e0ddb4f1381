package org.jointresearch.registry.core.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Stores joint research teams in PostgreSQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TeamRepository extends CrudRepository<Team, UUID> {

    /** The ids among these that name a team. */
    List<UUID> findIdByIdIn(Collection<UUID> ids);

    String MATCHING = """
            FROM team t
            WHERE (CAST(:centre AS uuid) IS NULL OR t.centre_id = CAST(:centre AS uuid))
              AND (CAST(:institution AS uuid) IS NULL OR EXISTS (SELECT 1 FROM team_institution ti
                       WHERE ti.team_id = t.id AND ti.institution_id = CAST(:institution AS uuid)))""";

    /** The teams that match every given criterion, by name; an absent criterion matches all. */
    @Query(value = "SELECT t.* " + MATCHING + " ORDER BY t.name, t.id", countQuery = "SELECT count(*) " + MATCHING,
            nativeQuery = true)
    Page<Team> findMatching(@Nullable UUID centre, @Nullable UUID institution, Pageable pageable);
}
