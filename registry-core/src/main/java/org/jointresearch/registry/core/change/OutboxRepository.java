package org.jointresearch.registry.core.change;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

/** Changes waiting for the search index. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OutboxRepository extends CrudRepository<OutboxEntry, Long> {

    /** Drains share this advisory lock; a rebuild of the index takes it alone. An arbitrary constant. */
    long INDEXING_LOCK = 7_302_847_161L;

    @Query(value = "SELECT pg_try_advisory_xact_lock_shared(" + INDEXING_LOCK + ")", nativeQuery = true)
    boolean tryLockShared();

    @Query(value = "SELECT pg_advisory_xact_lock(" + INDEXING_LOCK + ") IS NULL", nativeQuery = true)
    boolean lockExclusive();

    /** The oldest changes or follow-ups no other transaction holds, locked until the caller's transaction ends. */
    @Query(value = "SELECT * FROM outbox WHERE follow_up = :followUp ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED",
            nativeQuery = true)
    List<OutboxEntry> lockOldest(boolean followUp, int limit);

    @Query(value = "SELECT nextval(pg_get_serial_sequence('outbox', 'id'))", nativeQuery = true)
    long nextId();

    @Query(value = "SELECT CAST(CAST(CAST('outbox' AS regclass) AS oid) AS bigint)", nativeQuery = true)
    long tableOid();

    void deleteByIdIn(Collection<Long> ids);

    /** Every row this transaction sees: in a rebuild's snapshot, the changes the rebuild takes in. */
    @Query(value = "DELETE FROM outbox", nativeQuery = true)
    int deleteVisible();

    @Query(value = "UPDATE outbox SET attempts = attempts + 1, last_error = :error WHERE id IN (:ids)",
            nativeQuery = true)
    void markFailed(Collection<Long> ids, String error);

    @Query(value = """
            SELECT count(*) AS pending, min(created_at) AS oldest_created_at,
                   coalesce(max(attempts), 0) AS max_attempts,
                   (SELECT last_error FROM outbox WHERE last_error IS NOT NULL ORDER BY id DESC LIMIT 1) AS last_error,
                   (SELECT max(requested_at) FROM index_rebuild_request) AS rebuild_requested_at
              FROM outbox""", nativeQuery = true)
    OutboxBacklog backlog();
}
