package org.jointresearch.registry.api;

import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Writes project rows straight into the database, so that tests can refer to agreements and disciplines
 * from a project before the projects API exists on this branch.
 */
public final class ProjectRows {

    private ProjectRows() {
    }

    /** An active project under the agreement (when given), classified by one discipline code. */
    public static UUID insert(TransactionOperations<Connection> transactions, UUID agreementId, String disciplineCode) {
        var id = UUID.randomUUID();
        transactions.executeWrite(status -> {
            try (var insert = status.getConnection().prepareStatement("""
                    INSERT INTO project (id, version, created_at, updated_at, title, discipline_codes, status,
                                         agreement_id)
                    VALUES (?, 0, now(), now(), ?, ARRAY[?], 'ACTIVE', ?)""")) {
                insert.setObject(1, id);
                insert.setString(2, "Project " + id);
                insert.setString(3, disciplineCode);
                insert.setObject(4, agreementId);
                return insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot insert a test project", e);
            }
        });
        return id;
    }
}
