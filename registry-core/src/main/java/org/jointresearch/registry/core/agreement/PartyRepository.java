package org.jointresearch.registry.core.agreement;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** Stores the parties of agreements, in the order each agreement lists them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PartyRepository extends GenericRepository<PartyRow, AgreementRowKey> {

    List<PartyRow> findByIdAgreementIdOrderByIdPositionIndex(UUID agreementId);

    List<PartyRow> saveAll(Iterable<PartyRow> rows);

    void deleteByIdAgreementId(UUID agreementId);
}
