package org.jointresearch.registry.bench;

import org.jointresearch.registry.bench.harness.BenchSettings;
import org.jointresearch.registry.bench.measure.Progress;
import org.jointresearch.registry.bench.report.Figure;
import org.jointresearch.registry.bench.report.ReportWriter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole harness on a toy world, against the real PostgreSQL and Elasticsearch, with the registry started
 * from its jar: keeps the benchmarks working. It checks that every benchmark reports every figure beside its
 * baseline; the figures themselves are nobody's target at this size.
 */
class BenchSmokeTest {

    @Test
    void everyBenchmarkReportsItsFiguresAndALaterRunReusesOnlyTheSameWorld() throws Exception {
        // Under target/, not a temporary folder: the registry's log stays there to read when this fails.
        var out = Path.of("target", "bench-smoke");
        var plan = BenchPlan.smoke(out);

        var report = BenchRun.run(plan, settings(), new Progress(System.err));
        ReportWriter.write(report, out);

        assertThat(report.figures()).extracting(Figure::benchmark).contains("Start-up", "Memory",
                "Bulk load and index", "Full reindex", "Search", "Collaborators", "Similar projects", "CRUD");
        assertThat(report.figures()).anyMatch(figure -> figure.benchmark().startsWith("Write to searchable"));
        assertThat(report.figures()).allSatisfy(figure -> assertThat(figure.value()).isFinite().isPositive());
        assertThat(report.figures()).filteredOn(figure -> figure.baseline() != null)
                .hasSizeGreaterThanOrEqualTo(24)
                .allSatisfy(figure -> assertThat(figure.ratio()).isNotNull().isPositive());
        assertThat(report.figures()).filteredOn(figure -> figure.target() != null).extracting(Figure::measure)
                .hasSize(7);
        assertThat(report.environment()).containsKeys("date", "machine", "java", "elasticsearch", "postgresql",
                "world");
        assertThat(report.environment().get("world")).startsWith("seed 7: 300 projects");
        assertThat(Files.readString(out.resolve("bench.md"))).contains("| Full reindex |");
        assertThat(out.resolve("bench.json")).isNotEmptyFile();

        // A later run may measure again on what this one loaded, but only on the same world.
        var larger = new BenchPlan(plan.projects() + 1, plan.seed(), plan.searchRequests(), plan.searchClients(),
                plan.lookupRequests(), plan.crudRequests(), plan.freshnessWrites(), plan.phaseLimit(), out, Set.of(),
                true);
        assertThatThrownBy(() -> BenchRun.run(larger, settings(), new Progress(System.err)))
                .hasMessageContaining("this run's world (seed 7, 301 projects)")
                .hasMessageContaining("the database holds seed 7, 300 projects");
    }

    private static BenchSettings settings() throws IOException {
        var jar = Path.of(Objects.requireNonNull(System.getProperty("registry.jar"), "registry.jar"));
        assertThat(jar).as("the registry's jar, built by the reactor before this module").isRegularFile();
        return new BenchSettings(jar,
                environment("REGISTRY_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/registry_test"),
                environment("REGISTRY_DB_USER", "registry"), environment("REGISTRY_DB_PASSWORD", "registry"),
                URI.create(environment("REGISTRY_ES_URL", "http://127.0.0.1:9200") + "/"),
                environment("REGISTRY_TEST_ES_PREFIX", "registry_test") + "_bench", freePort(), "256m");
    }

    private static String environment(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
