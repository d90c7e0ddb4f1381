package org.jointresearch.registry.core.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** Secrets the registry made for itself, by name. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface GeneratedSecretRepository extends GenericRepository<GeneratedSecret, String> {

    /** Keeps the secret another instance stored first, if any, so that all of them share one. */
    @Query(value = "INSERT INTO generated_secret (name, secret) VALUES (:name, :secret) ON CONFLICT DO NOTHING",
            nativeQuery = true)
    void insertIfAbsent(String name, String secret);

    GeneratedSecret getByName(String name);
}
