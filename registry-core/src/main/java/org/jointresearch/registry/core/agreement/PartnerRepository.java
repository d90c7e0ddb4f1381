package org.jointresearch.registry.core.agreement;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.jointresearch.registry.core.institution.Institution;

import java.util.UUID;

/** Reads the institutions that share an agreement with a given one. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PartnerRepository extends GenericRepository<Institution, UUID> {

    String PARTNERS = """
             FROM institution i
            WHERE i.id <> :institutionId
              AND EXISTS (SELECT 1 FROM agreement_party mine
                            JOIN agreement_party theirs ON theirs.agreement_id = mine.agreement_id
                           WHERE mine.institution_id = :institutionId AND theirs.institution_id = i.id)""";

    @Query(value = "SELECT i.* " + PARTNERS + " ORDER BY lower(i.name), i.id",
            countQuery = "SELECT count(*) " + PARTNERS, nativeQuery = true)
    Page<Institution> findPartners(UUID institutionId, Pageable pageable);
}
