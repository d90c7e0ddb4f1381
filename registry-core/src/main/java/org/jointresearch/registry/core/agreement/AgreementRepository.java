package org.jointresearch.registry.core.agreement;

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

/** Stores agreements in PostgreSQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AgreementRepository extends CrudRepository<Agreement, UUID> {

    /** The ids among these that name an agreement. */
    List<UUID> findIdByIdIn(Collection<UUID> ids);

    /** Each criterion is skipped when null. */
    String MATCHING = """
             WHERE (CAST(:institutionId AS uuid) IS NULL OR EXISTS (
                        SELECT 1 FROM agreement_party p
                         WHERE p.agreement_id = a.id AND p.institution_id = CAST(:institutionId AS uuid)))
               AND (CAST(:status AS text) IS NULL OR a.status = CAST(:status AS text))
               AND (CAST(:kind AS text) IS NULL OR a.kind = CAST(:kind AS text))""";

    /** Newest signature first; unsigned drafts last. */
    @Query(value = "SELECT a.* FROM agreement a " + MATCHING + " ORDER BY a.signed_on DESC NULLS LAST, a.title, a.id",
            countQuery = "SELECT count(*) FROM agreement a " + MATCHING, nativeQuery = true)
    Page<Agreement> findMatching(@Nullable UUID institutionId, @Nullable String status, @Nullable String kind,
                                 Pageable pageable);
}
