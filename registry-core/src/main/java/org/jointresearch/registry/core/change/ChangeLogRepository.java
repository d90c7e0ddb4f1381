package org.jointresearch.registry.core.change;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;

/** The audit trail, newest entry first. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ChangeLogRepository extends GenericRepository<ChangeEntry, Long> {

    ChangeEntry save(ChangeEntry entry);

    List<ChangeEntry> saveAll(Iterable<ChangeEntry> entries);

    Page<ChangeEntry> findByEntityTypeAndEntityIdOrderByIdDesc(String entityType, String entityId, Pageable pageable);
}
