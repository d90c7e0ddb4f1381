package org.jointresearch.registry.api;

import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * Inserts the institutions, people and agreements a test refers to straight into the database, for
 * records whose own API is not the subject of the test. Names are unique so tests never collide.
 */
public final class SqlFixtures {

    private final TransactionOperations<Connection> transactions;

    public SqlFixtures(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    public UUID institution(String name) {
        return insert("""
                INSERT INTO institution (id, version, created_at, updated_at, name, kind, country_code)
                VALUES (?, 0, now(), now(), ?, 'UNIVERSITY', 'CN')""", unique(name));
    }

    public UUID person(String name) {
        return insert("INSERT INTO person (id, version, created_at, updated_at, name) VALUES (?, 0, now(), now(), ?)",
                unique(name));
    }

    /** An active memorandum of understanding between the given institutions, in that order. */
    public UUID agreement(String title, UUID... partyIds) {
        var id = insert("""
                INSERT INTO agreement (id, version, created_at, updated_at, title, kind, status)
                VALUES (?, 0, now(), now(), ?, 'MOU', 'ACTIVE')""", unique(title));
        var parties = List.of(partyIds);
        for (int index = 0; index < parties.size(); index++) {
            execute("INSERT INTO agreement_party (agreement_id, position_index, institution_id) VALUES (?, ?, ?)",
                    id, index, parties.get(index));
        }
        return id;
    }

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private UUID insert(String sql, String name) {
        var id = UUID.randomUUID();
        execute(sql, id, name);
        return id;
    }

    private void execute(String sql, Object... parameters) {
        transactions.executeWrite(status -> {
            try (var statement = status.getConnection().prepareStatement(sql)) {
                for (int index = 0; index < parameters.length; index++) {
                    statement.setObject(index + 1, parameters[index]);
                }
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("fixture refused: " + sql, e);
            }
        });
    }
}
