package org.jointresearch.registry.core.programme;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The partner institutions of each programme. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProgrammePartnerRepository extends GenericRepository<ProgrammePartner, ProgrammeRowKey> {

    List<ProgrammePartner> findByKeyProgrammeIdOrderByKeyPositionIndex(UUID programmeId);

    void deleteByKeyProgrammeId(UUID programmeId);

    List<ProgrammePartner> saveAll(Iterable<ProgrammePartner> rows);
}
