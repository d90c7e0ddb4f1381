package org.jointresearch.registry.core.person;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Stores people's affiliations, in the order each person lists them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AffiliationRepository extends GenericRepository<AffiliationRow, AffiliationRow.Key> {

    List<AffiliationRow> findByIdPersonIdOrderByIdPositionIndex(UUID personId);

    List<AffiliationRow> findByIdPersonIdInOrderByIdPositionIndex(Collection<UUID> personIds);

    List<AffiliationRow> saveAll(Iterable<AffiliationRow> rows);

    void deleteByIdPersonId(UUID personId);
}
