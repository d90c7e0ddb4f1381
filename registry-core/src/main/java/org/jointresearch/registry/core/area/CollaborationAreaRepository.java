package org.jointresearch.registry.core.area;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.PageableRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores collaboration areas in PostgreSQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CollaborationAreaRepository extends PageableRepository<CollaborationArea, UUID> {

    Optional<CollaborationArea> findByCode(String code);

    List<String> findCodeByCodeIn(Collection<String> codes);

    /** Whether an agreement commits its parties to the area. */
    @Query(value = "SELECT EXISTS (SELECT 1 FROM agreement WHERE :code = ANY (area_codes))", nativeQuery = true)
    boolean isInUse(String code);
}
