package org.jointresearch.registry.bench.harness;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/** The benchmark's database, reached directly: emptied before a run, and the plain-JDBC baselines. */
public final class Database {

    private final BenchSettings settings;

    public Database(BenchSettings settings) {
        this.settings = settings;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.dbUrl(), settings.dbUser(), settings.dbPassword());
    }

    /** A pool like the registry's own (HikariCP), of the given size. */
    public HikariDataSource pool(int size) {
        var config = new HikariConfig();
        config.setJdbcUrl(settings.dbUrl());
        config.setUsername(settings.dbUser());
        config.setPassword(settings.dbPassword());
        config.setMaximumPoolSize(size);
        config.setPoolName("bench-baseline");
        return new HikariDataSource(config);
    }

    /** Drops every table, so the registry starts as on a new installation and migrates from nothing. */
    public void empty() {
        execute("could not empty the benchmark database", "DROP SCHEMA public CASCADE", "CREATE SCHEMA public");
    }

    /**
     * Closes every account, so that the registry opens its administrator again, with this run's password, on a
     * database an earlier run loaded (whose password was its own and is gone).
     */
    public void forgetAccounts() {
        execute("could not close the accounts of", "DELETE FROM user_account");
    }

    /**
     * Notes in the database which world its load finished, so that a later run can reuse it ({@code --reuse-load})
     * knowing it is the same; {@link #empty()} drops the note with everything else.
     */
    public void recordLoadedWorld(String world) {
        try (var connection = connect(); var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS bench_loaded_world (world text NOT NULL)");
            statement.execute("DELETE FROM bench_loaded_world");
            try (var insert = connection.prepareStatement("INSERT INTO bench_loaded_world (world) VALUES (?)")) {
                insert.setString(1, world);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not note the loaded world in " + settings.dbUrl(), e);
        }
    }

    /** The world whose load an earlier run finished here, if any. */
    public Optional<String> loadedWorld() {
        try (var connection = connect(); var statement = connection.createStatement()) {
            try (var table = statement.executeQuery("SELECT to_regclass('bench_loaded_world') IS NOT NULL")) {
                table.next();
                if (!table.getBoolean(1)) {
                    return Optional.empty();
                }
            }
            try (var result = statement.executeQuery("SELECT world FROM bench_loaded_world")) {
                return result.next() ? Optional.of(result.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the loaded world of " + settings.dbUrl(), e);
        }
    }

    public String version() {
        return setting("server_version");
    }

    /** Whether PostgreSQL analyses tables by itself as they fill; when off, the planner needs {@link #analyze()}. */
    public boolean autovacuum() {
        return setting("autovacuum").equals("on");
    }

    /** Gathers the planner's statistics of every table of the benchmark database, as autovacuum would. */
    public void analyze() {
        execute("could not analyse the benchmark database", "ANALYZE");
    }

    /** Runs the statements in order on one connection; a failure names what could not be done, and where. */
    private void execute(String failure, String... statements) {
        try (var connection = connect(); var statement = connection.createStatement()) {
            for (var sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(failure + " " + settings.dbUrl(), e);
        }
    }

    private String setting(String name) {
        try (var connection = connect(); var statement = connection.createStatement();
             var result = statement.executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
