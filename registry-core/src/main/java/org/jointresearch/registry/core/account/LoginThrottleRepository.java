package org.jointresearch.registry.core.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;

/** Failed sign-ins per user name; the row of a name is locked while one attempt for it is judged. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginThrottleRepository extends GenericRepository<LoginThrottle, String> {

    @Query(value = "INSERT INTO login_throttle (username) VALUES (:username) ON CONFLICT DO NOTHING",
            nativeQuery = true)
    void insertIfAbsent(String username);

    /** Concurrent attempts for one name wait here, so none of them escapes the count. */
    @Query(value = "SELECT * FROM login_throttle WHERE username = :username FOR UPDATE", nativeQuery = true)
    LoginThrottle lockRow(String username);

    LoginThrottle update(LoginThrottle throttle);

    void deleteById(String username);

    /** Drops the rows of names nobody has failed with for a long time, e.g. after a spray of made-up names. */
    @Query(value = "DELETE FROM login_throttle WHERE last_failure_at < :before"
            + " AND (locked_until IS NULL OR locked_until < :before)", nativeQuery = true)
    void deleteForgotten(Instant before);
}
