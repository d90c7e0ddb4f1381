package org.jointresearch.registry.core.account;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

/** Stores accounts in PostgreSQL. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserAccountRepository extends CrudRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByPersonId(UUID personId);

    Page<UserAccount> findAllOrderByUsername(Pageable pageable);

    @Query(value = "SELECT EXISTS (SELECT 1 FROM user_account WHERE :role = ANY (roles))", nativeQuery = true)
    boolean anyHolds(String role);
}
