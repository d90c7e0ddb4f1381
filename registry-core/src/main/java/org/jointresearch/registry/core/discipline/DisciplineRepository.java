package org.jointresearch.registry.core.discipline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores the discipline tree in PostgreSQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface DisciplineRepository extends CrudRepository<Discipline, UUID> {

    Optional<Discipline> findByCode(String code);

    boolean existsByCode(String code);

    boolean existsByParentCode(String parentCode);

    List<String> findCodeByCodeIn(Collection<String> codes);

    /** Disciplines in tree order (2.9 before 2.10), all of them or the children of one parent. */
    @Query(value = """
            SELECT * FROM discipline
             WHERE CAST(:parentCode AS text) IS NULL OR parent_code = CAST(:parentCode AS text)
             ORDER BY CAST(string_to_array(code, '.') AS int[])""",
            countQuery = """
            SELECT count(*) FROM discipline
             WHERE CAST(:parentCode AS text) IS NULL OR parent_code = CAST(:parentCode AS text)""",
            nativeQuery = true)
    Page<Discipline> findInTreeOrder(@Nullable String parentCode, Pageable pageable);

    /** Whether a person, centre, team or project classifies itself by the code. */
    @Query(value = """
            SELECT EXISTS (SELECT 1 FROM person WHERE :code = ANY (discipline_codes))
                OR EXISTS (SELECT 1 FROM centre WHERE :code = ANY (discipline_codes))
                OR EXISTS (SELECT 1 FROM team WHERE :code = ANY (discipline_codes))
                OR EXISTS (SELECT 1 FROM project WHERE :code = ANY (discipline_codes))""", nativeQuery = true)
    boolean isInUse(String code);
}
