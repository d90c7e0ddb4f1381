package org.jointresearch.registry.core.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

/** Stores exchange and training programmes in PostgreSQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgrammeRepository extends CrudRepository<Programme, UUID> {

    String MATCHING = """
            FROM programme g
            WHERE (CAST(:institution AS uuid) IS NULL OR g.host_institution_id = CAST(:institution AS uuid)
                       OR EXISTS (SELECT 1 FROM programme_partner gp
                       WHERE gp.programme_id = g.id AND gp.institution_id = CAST(:institution AS uuid)))
              AND (CAST(:kind AS text) IS NULL OR g.kind = :kind)
              AND (CAST(:agreement AS uuid) IS NULL OR g.agreement_id = CAST(:agreement AS uuid))""";

    /** The programmes that match every given criterion, by name; an absent criterion matches all. */
    @Query(value = "SELECT g.* " + MATCHING + " ORDER BY g.name, g.id", countQuery = "SELECT count(*) " + MATCHING,
            nativeQuery = true)
    Page<Programme> findMatching(@Nullable UUID institution, @Nullable String kind, @Nullable UUID agreement,
                                 Pageable pageable);
}
