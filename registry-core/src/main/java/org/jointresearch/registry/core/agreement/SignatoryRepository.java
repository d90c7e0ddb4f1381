package org.jointresearch.registry.core.agreement;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** Stores the signatories of agreements, in the order each agreement lists them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SignatoryRepository extends GenericRepository<SignatoryRow, AgreementRowKey> {

    List<SignatoryRow> findByIdAgreementIdOrderByIdPositionIndex(UUID agreementId);

    List<SignatoryRow> saveAll(Iterable<SignatoryRow> rows);

    void deleteByIdAgreementId(UUID agreementId);
}
