package org.jointresearch.registry.core.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.jointresearch.registry.core.discipline.DisciplineSubtree;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Stores people in PostgreSQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PersonRepository extends CrudRepository<Person, UUID> {

    /** The ids among these that name a person. */
    List<UUID> findIdByIdIn(Collection<UUID> ids);

    List<Person> findByIdIn(Collection<UUID> ids);

    /** The ORCIDs among these that a person has. */
    List<String> findOrcidByOrcidIn(Collection<String> orcids);

    /** Each criterion is skipped when null; a person is under a discipline by any one of their codes. */
    String MATCHING = """
             WHERE (CAST(:institutionId AS uuid) IS NULL OR EXISTS (
                        SELECT 1 FROM person_affiliation a
                         WHERE a.person_id = p.id AND a.institution_id = CAST(:institutionId AS uuid)))
               AND """ + DisciplineSubtree.CONDITION + """
               AND (CAST(:nameContains AS text) IS NULL
                        OR strpos(lower(p.name), lower(CAST(:nameContains AS text))) > 0
                        OR strpos(lower(coalesce(p.name_zh, '')), lower(CAST(:nameContains AS text))) > 0)""";

    @Query(value = "SELECT p.* FROM person p " + MATCHING + " ORDER BY lower(p.name), p.id",
            countQuery = "SELECT count(*) FROM person p " + MATCHING, nativeQuery = true)
    Page<Person> findMatching(@Nullable UUID institutionId, @Nullable String discipline,
                              @Nullable String nameContains, Pageable pageable);

    /** The first people by id, for the first step of a walk through them all. */
    List<Person> list(Pageable pageable);

    /** The people whose id follows {@code after}, by id: the next step of a walk through them all. */
    List<Person> findByIdGreaterThan(UUID after, Pageable pageable);

    /** The ids of every person who matches, unpaged. */
    @Query(value = "SELECT p.id FROM person p " + MATCHING, nativeQuery = true)
    List<UUID> findIdsMatching(@Nullable UUID institutionId, @Nullable String discipline,
                               @Nullable String nameContains);
}
