package org.jointresearch.registry.bench.report;

import org.jointresearch.registry.bench.harness.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWriterTest {

    private final Report report = new Report(Map.of("machine", "2 cores"), List.of(
            Figure.against("Search", "p50, 1 client", 12.0, "ms", "direct", 10.0).ratioTarget(false, 1.15),
            Figure.against("Full reindex", "rebuilt", 900, "docs/s", "_bulk", 1000).ratioTarget(true, 0.8),
            Figure.of("Start-up", "launch to healthy", 2.5, "s").valueTarget(false, 3)));

    @Test
    void tablesEachFigureWithItsBaselineRatioAndWhetherItsTargetHolds() {
        var markdown = ReportWriter.markdown(report);

        assertThat(markdown).contains("| machine | 2 cores |")
                .contains("| Search | p50, 1 client | 12.0 ms | direct: 10.0 ms | 1.20 | ratio <= 1.15: **missed** |")
                .contains("| Full reindex | rebuilt | 900 docs/s | _bulk: 1,000 docs/s | 0.90 | ratio >= 0.8: met |")
                .contains("| Start-up | launch to healthy | 2.50 s |  |  | <= 3.0 s: met |");
    }

    @Test
    void writesTheSameReportAsJsonThatReadsBack(@TempDir Path directory) throws Exception {
        ReportWriter.write(report, directory);

        var json = Json.read(Files.readAllBytes(directory.resolve("bench.json")), Report.class);
        assertThat(json).isEqualTo(report);
        assertThat(Files.readString(directory.resolve("bench.md"))).isEqualTo(ReportWriter.markdown(report));
    }
}
