package org.jointresearch.registry.core.institution;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.UUID;

/** Stores institutions in PostgreSQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InstitutionRepository extends CrudRepository<Institution, UUID> {
}
