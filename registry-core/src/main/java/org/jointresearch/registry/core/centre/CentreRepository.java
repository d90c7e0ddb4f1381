package org.jointresearch.registry.core.centre;

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

/** Stores joint research centres in PostgreSQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CentreRepository extends CrudRepository<Centre, UUID> {

    /** The ids among these that name a centre. */
    List<UUID> findIdByIdIn(Collection<UUID> ids);

    String MATCHING = """
            FROM centre c
            WHERE (CAST(:institution AS uuid) IS NULL OR EXISTS (SELECT 1 FROM centre_institution ci
                       WHERE ci.centre_id = c.id AND ci.institution_id = CAST(:institution AS uuid)))
              AND """ + DisciplineSubtree.CONDITION + """
              AND (CAST(:status AS text) IS NULL OR c.status = :status)
              AND (CAST(:agreement AS uuid) IS NULL OR c.agreement_id = CAST(:agreement AS uuid))""";

    /** The centres that match every given criterion, by name; an absent criterion matches all. */
    @Query(value = "SELECT c.* " + MATCHING + " ORDER BY c.name, c.id", countQuery = "SELECT count(*) " + MATCHING,
            nativeQuery = true)
    Page<Centre> findMatching(@Nullable UUID institution, @Nullable String discipline, @Nullable String status,
                              @Nullable UUID agreement, Pageable pageable);

    /** The ids of every centre that matches, unpaged. */
    @Query(value = "SELECT c.id " + MATCHING, nativeQuery = true)
    List<UUID> findIdsMatching(@Nullable UUID institution, @Nullable String discipline, @Nullable String status,
                               @Nullable UUID agreement);

    /** The first centres by id, for the first step of a walk through them all. */
    List<Centre> list(Pageable pageable);

    /** The centres whose id follows {@code after}, by id: the next step of a walk through them all. */
    List<Centre> findByIdGreaterThan(UUID after, Pageable pageable);
}
