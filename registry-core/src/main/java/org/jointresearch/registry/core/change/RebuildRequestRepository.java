package org.jointresearch.registry.core.change;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;

/** Requests to rebuild the search indexes that no rebuild has taken in yet. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RebuildRequestRepository extends GenericRepository<RebuildRequest, Long> {

    RebuildRequest save(RebuildRequest request);

    @Query(value = "SELECT max(requested_at) FROM index_rebuild_request", nativeQuery = true)
    Optional<Instant> latestRequestedAt();

    /** Every request this transaction sees: in a rebuild's snapshot, those the rebuild takes in. */
    @Query(value = "DELETE FROM index_rebuild_request", nativeQuery = true)
    int deleteVisible();
}
