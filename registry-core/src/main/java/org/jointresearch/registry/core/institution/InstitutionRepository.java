package org.jointresearch.registry.core.institution;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Stores institutions in PostgreSQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InstitutionRepository extends CrudRepository<Institution, UUID>, JpaSpecificationExecutor<Institution> {

    /** The ids among these that name an institution. */
    List<UUID> findIdByIdIn(Collection<UUID> ids);

    /** The parent, its parent and so on up to the root, nearest first. */
    @Query(value = """
            WITH RECURSIVE chain AS (
                SELECT parent.*, 1 AS depth FROM institution parent
                 WHERE parent.id = (SELECT parent_id FROM institution WHERE id = :id)
                UNION ALL
                SELECT parent.*, chain.depth + 1 FROM institution parent JOIN chain ON parent.id = chain.parent_id
                 WHERE chain.depth < 32)
            SELECT id, version, created_at, updated_at, name, name_zh, aliases, kind, parent_id, ror_id,
                   city, country_code, website
              FROM chain ORDER BY depth""", nativeQuery = true)
    List<Institution> findAncestors(UUID id);
}
