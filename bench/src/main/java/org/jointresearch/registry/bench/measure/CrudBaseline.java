package org.jointresearch.registry.bench.measure;

import org.jointresearch.registry.bench.harness.Json;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The statements the registry runs to create, read and update a project, sent through plain JDBC on a pool
 * of the registry's size: the reference checks, the rows, the history entry and the outbox row, in one
 * transaction per write. What it leaves out is the registry itself (HTTP, JSON, validation, mapping).
 */
final class CrudBaseline {

    private final DataSource pool;

    CrudBaseline(DataSource pool) {
        this.pool = pool;
    }

    record Draft(String title, String summary, List<String> keywords, List<String> disciplineCodes,
                 List<UUID> institutionIds, UUID leadId) {
    }

    void create(UUID id, Draft draft) throws SQLException {
        try (var connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            checkReferences(connection, draft);
            try (var insert = connection.prepareStatement("INSERT INTO project (id, version, created_at, updated_at, "
                    + "title, summary, keywords, discipline_codes, status, starts_on) "
                    + "VALUES (?, 0, now(), now(), ?, ?, ?, ?, 'ACTIVE', ?)")) {
                insert.setObject(1, id);
                insert.setString(2, draft.title());
                insert.setString(3, draft.summary());
                insert.setArray(4, connection.createArrayOf("text", draft.keywords().toArray()));
                insert.setArray(5, connection.createArrayOf("text", draft.disciplineCodes().toArray()));
                insert.setDate(6, Date.valueOf(LocalDate.of(2025, 1, 1)));
                insert.executeUpdate();
            }
            insertChildren(connection, id, draft);
            record(connection, id, 0, "CREATE", draft);
            connection.commit();
        }
    }

    void read(UUID id) throws SQLException {
        try (var connection = pool.getConnection()) {
            readProject(connection, id);
        }
    }

    void update(UUID id, Draft draft) throws SQLException {
        try (var connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            long version = readProject(connection, id);
            checkReferences(connection, draft);
            try (var update = connection.prepareStatement("UPDATE project SET title = ?, version = version + 1, "
                    + "updated_at = now() WHERE id = ? AND version = ?")) {
                update.setString(1, draft.title());
                update.setObject(2, id);
                update.setLong(3, version);
                if (update.executeUpdate() != 1) {
                    throw new SQLException("project " + id + " changed meanwhile");
                }
            }
            for (var table : List.of("project_institution", "project_person", "project_funding")) {
                try (var delete = connection.prepareStatement("DELETE FROM " + table + " WHERE project_id = ?")) {
                    delete.setObject(1, id);
                    delete.executeUpdate();
                }
            }
            insertChildren(connection, id, draft);
            record(connection, id, version + 1, "UPDATE", draft);
            connection.commit();
        }
    }

    private static void checkReferences(Connection connection, Draft draft) throws SQLException {
        count(connection, "SELECT count(*) FROM institution WHERE id = ANY (?)", "uuid", draft.institutionIds().toArray());
        count(connection, "SELECT count(*) FROM person WHERE id = ANY (?)", "uuid", new Object[]{draft.leadId()});
        count(connection, "SELECT count(*) FROM discipline WHERE code = ANY (?)", "text", draft.disciplineCodes().toArray());
    }

    private static void count(Connection connection, String sql, String type, Object[] values) throws SQLException {
        try (var select = connection.prepareStatement(sql)) {
            select.setArray(1, connection.createArrayOf(type, values));
            try (var result = select.executeQuery()) {
                if (!result.next() || result.getInt(1) != values.length) {
                    throw new SQLException("a reference is unknown: " + sql);
                }
            }
        }
    }

    private static long readProject(Connection connection, UUID id) throws SQLException {
        long version;
        try (var select = connection.prepareStatement("SELECT * FROM project WHERE id = ?")) {
            select.setObject(1, id);
            try (var result = select.executeQuery()) {
                if (!result.next()) {
                    throw new SQLException("no project " + id);
                }
                version = result.getLong("version");
            }
        }
        for (var sql : List.of(
                "SELECT institution_id FROM project_institution WHERE project_id = ? ORDER BY position_index",
                "SELECT person_id, role FROM project_person WHERE project_id = ? ORDER BY position_index",
                "SELECT source, amount, currency FROM project_funding WHERE project_id = ? ORDER BY position_index")) {
            try (var select = connection.prepareStatement(sql)) {
                select.setObject(1, id);
                try (var result = select.executeQuery()) {
                    while (result.next()) {
                        result.getObject(1);
                    }
                }
            }
        }
        return version;
    }

    private static void insertChildren(Connection connection, UUID id, Draft draft) throws SQLException {
        try (var insert = connection.prepareStatement(
                "INSERT INTO project_institution (project_id, position_index, institution_id) VALUES (?, ?, ?)")) {
            for (int i = 0; i < draft.institutionIds().size(); i++) {
                insert.setObject(1, id);
                insert.setInt(2, i);
                insert.setObject(3, draft.institutionIds().get(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (var insert = connection.prepareStatement(
                "INSERT INTO project_person (project_id, position_index, person_id, role) VALUES (?, 0, ?, 'LEAD')")) {
            insert.setObject(1, id);
            insert.setObject(2, draft.leadId());
            insert.executeUpdate();
        }
    }

    private static void record(Connection connection, UUID id, long version, String action, Draft draft)
            throws SQLException {
        try (var log = connection.prepareStatement("INSERT INTO change_log (entity_type, entity_id, entity_version, "
                + "action, actor, changes) VALUES ('project', ?, ?, ?, 'bench', ?::jsonb)")) {
            log.setString(1, id.toString());
            log.setLong(2, version);
            log.setString(3, action);
            log.setString(4, new String(Json.write(Map.of("title", draft.title(), "summary", draft.summary(),
                    "keywords", draft.keywords(), "disciplineCodes", draft.disciplineCodes(),
                    "institutionIds", draft.institutionIds(), "lead", draft.leadId())), StandardCharsets.UTF_8));
            log.executeUpdate();
        }
        try (var outbox = connection.prepareStatement(
                "INSERT INTO outbox (entity_type, entity_id, entity_version) VALUES ('project', ?, ?)")) {
            outbox.setString(1, id.toString());
            outbox.setLong(2, version);
            outbox.executeUpdate();
        }
    }
}
