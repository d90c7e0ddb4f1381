package org.jointresearch.registry.bench.measure;

import org.jointresearch.registry.bench.harness.Database;
import org.postgresql.PGConnection;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * PostgreSQL's fastest way in: the rows an import wrote, copied out of the registry's tables and written
 * again with {@code COPY ... FROM STDIN} into tables of the same columns and indexes (foreign keys left out).
 * The rows wait in files between the two, not in memory: at a million projects they are gigabytes.
 */
final class CopyBaseline {

    /** Every table an import writes, referenced before referring, as the import writes them. */
    static final List<String> IMPORTED_TABLES = List.of("institution", "person", "person_affiliation", "agreement",
            "agreement_party", "agreement_signatory", "centre", "centre_institution", "centre_director", "team",
            "team_institution", "team_member", "project", "project_institution", "project_person", "project_funding",
            "programme", "programme_partner", "change_log");

    private static final String SCHEMA = "bench_copy";

    private CopyBaseline() {
    }

    /** The time COPY took to write the rows again, and how many it wrote. */
    record Outcome(Duration elapsed, long rows) {
    }

    static Outcome run(Database database, Path scratch) throws SQLException, IOException {
        Files.createDirectories(scratch);
        try (var connection = database.connect(); var statement = connection.createStatement()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
            var exported = new LinkedHashMap<String, Path>();
            try {
                for (var table : IMPORTED_TABLES) {
                    statement.execute("CREATE TABLE " + SCHEMA + "." + table + " (LIKE public." + table
                            + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)");
                    var file = scratch.resolve(table + ".copy");
                    exported.put(table, file);
                    try (var rows = new BufferedOutputStream(Files.newOutputStream(file))) {
                        copy.copyOut("COPY public." + table + " TO STDOUT (FORMAT binary)", rows);
                    }
                }
                long rows = 0;
                long started = System.nanoTime();
                for (var table : exported.entrySet()) {
                    try (var file = Files.newInputStream(table.getValue())) {
                        rows += copy.copyIn("COPY " + SCHEMA + "." + table.getKey() + " FROM STDIN (FORMAT binary)",
                                file);
                    }
                }
                var elapsed = Duration.ofNanos(System.nanoTime() - started);
                statement.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
                return new Outcome(elapsed, rows);
            } finally {
                for (var file : exported.values()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
