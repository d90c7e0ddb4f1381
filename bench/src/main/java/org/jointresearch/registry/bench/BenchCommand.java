package org.jointresearch.registry.bench;

import org.jointresearch.registry.bench.harness.BenchSettings;
import org.jointresearch.registry.bench.measure.Progress;
import org.jointresearch.registry.bench.report.ReportWriter;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * {@code bin/bench [--projects N] [--seed S] [--out DIR] [--skip BENCHMARK,...] [--reuse-load] [--smoke]}: runs every benchmark and writes
 * {@code bench.md} and {@code bench.json} to DIR. Where the engines are comes from the environment
 * (see the README's Benchmarks section).
 */
public final class BenchCommand {

    private BenchCommand() {
    }

    public static void main(String[] arguments) throws Exception {
        int projects = 10_000;
        long seed = 1;
        var out = Path.of(setting("REGISTRY_BENCH_OUT", "bench/results"));
        boolean smoke = false;
        Set<Skippable> skipped = Set.of();
        boolean reusesLoad = false;
        for (int i = 0; i < arguments.length; i++) {
            switch (arguments[i]) {
                case "--projects" -> projects = count(value(arguments, ++i));
                case "--seed" -> seed = Long.parseLong(value(arguments, ++i));
                case "--out" -> out = Path.of(value(arguments, ++i));
                case "--smoke" -> smoke = true;
                case "--skip" -> skipped = skipped(value(arguments, ++i));
                case "--reuse-load" -> reusesLoad = true;
                default -> usage("unknown argument " + arguments[i]);
            }
        }
        var plan = smoke ? BenchPlan.smoke(out) : BenchPlan.standard(projects, seed, out, skipped, reusesLoad);
        var report = BenchRun.run(plan, settingsFromEnvironment(), new Progress(System.err));
        ReportWriter.write(report, plan.out());
        System.out.print(ReportWriter.markdown(report));
        System.err.println("[bench] written to " + plan.out().resolve("bench.md") + " and bench.json");
    }

    static BenchSettings settingsFromEnvironment() {
        var jar = Path.of(setting("REGISTRY_BENCH_JAR", "registry-api/target/registry-api-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) {
            usage("the registry's jar " + jar + " is missing: build it (mvn package) or set REGISTRY_BENCH_JAR");
        }
        return new BenchSettings(jar,
                setting("REGISTRY_BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/registry_bench"),
                setting("REGISTRY_DB_USER", "registry"), setting("REGISTRY_DB_PASSWORD", "registry"),
                URI.create(setting("REGISTRY_ES_URL", "http://127.0.0.1:9200") + "/"),
                setting("REGISTRY_BENCH_ES_PREFIX", "registry_bench"),
                Integer.parseInt(setting("REGISTRY_BENCH_PORT", "8089")),
                setting("REGISTRY_BENCH_HEAP", "256m"));
    }

    private static String setting(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A count such as 5000, 100k or 1M. */
    static int count(String text) {
        var lower = text.toLowerCase(Locale.ROOT);
        int factor = lower.endsWith("k") ? 1_000 : lower.endsWith("m") ? 1_000_000 : 1;
        var digits = factor == 1 ? lower : lower.substring(0, lower.length() - 1);
        try {
            int count = Math.multiplyExact(Integer.parseInt(digits), factor);
            if (count < 1) {
                usage("--projects must be at least 1");
            }
            return count;
        } catch (NumberFormatException | ArithmeticException e) {
            usage("not a count: " + text);
            return 0;
        }
    }

    static Set<Skippable> skipped(String list) {
        try {
            return Skippable.parse(list);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
            return Set.of();
        }
    }

    private static String value(String[] arguments, int index) {
        if (index >= arguments.length) {
            usage(arguments[index - 1] + " needs a value");
        }
        return arguments[index];
    }

    private static void usage(String problem) {
        System.err.println("[bench] " + problem);
        System.err.println("usage: bin/bench [--projects N|Nk|NM] [--seed S] [--out DIR] [--skip BENCHMARK,...] [--reuse-load] [--smoke]");
        System.exit(2);
    }
}
