package org.jointresearch.registry.bench.report;

import org.jointresearch.registry.bench.harness.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Writes a report as {@code bench.json} and as the Markdown table BENCHMARKS.md quotes, {@code bench.md}. */
public final class ReportWriter {

    private ReportWriter() {
    }

    public static void write(Report report, Path directory) {
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve("bench.json"), Json.write(report));
            Files.writeString(directory.resolve("bench.md"), markdown(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String markdown(Report report) {
        var out = new StringBuilder();
        out.append("| | |\n|---|---|\n");
        report.environment().forEach((name, value) -> out.append("| ").append(name).append(" | ")
                .append(value).append(" |\n"));
        out.append("\n| benchmark | measure | registry | baseline | ratio | target |\n")
                .append("|---|---|---:|---|---:|---|\n");
        for (var figure : report.figures()) {
            out.append("| ").append(figure.benchmark())
                    .append(" | ").append(figure.measure())
                    .append(" | ").append(number(figure.value())).append(' ').append(figure.unit())
                    .append(" | ").append(figure.baseline() == null ? ""
                            : figure.baseline() + ": " + number(figure.baselineValue()) + " " + figure.unit())
                    .append(" | ").append(figure.ratio() == null ? "" : String.format(Locale.ROOT, "%.2f", figure.ratio()))
                    .append(" | ").append(figure.target() == null ? ""
                            : figure.target() + (figure.met() ? ": met" : ": **missed**"))
                    .append(" |\n");
        }
        return out.toString();
    }

    private static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }
}
