package org.jointresearch.registry.bench;

import org.jointresearch.registry.bench.harness.BenchSettings;
import org.jointresearch.registry.bench.harness.Database;
import org.jointresearch.registry.bench.harness.ElasticDirect;
import org.jointresearch.registry.bench.harness.Http;
import org.jointresearch.registry.bench.harness.Json;
import org.jointresearch.registry.bench.harness.RegistryApi;
import org.jointresearch.registry.bench.harness.RegistryProcess;
import org.jointresearch.registry.bench.harness.StartupCache;
import org.jointresearch.registry.bench.measure.BenchContext;
import org.jointresearch.registry.bench.measure.BulkLoadBenchmark;
import org.jointresearch.registry.bench.measure.CrudBenchmark;
import org.jointresearch.registry.bench.measure.FreshnessBenchmark;
import org.jointresearch.registry.bench.measure.LookupBenchmark;
import org.jointresearch.registry.bench.measure.Progress;
import org.jointresearch.registry.bench.measure.ReindexBenchmark;
import org.jointresearch.registry.bench.measure.SearchBenchmark;
import org.jointresearch.registry.bench.report.Figure;
import org.jointresearch.registry.bench.report.Report;
import org.jointresearch.registry.bench.world.World;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One whole run: empties the benchmark's database and indexes, starts the registry from its jar, loads the
 * generated world through the import path and runs every benchmark, each beside its baseline.
 */
public final class BenchRun {

    private BenchRun() {
    }

    public static Report run(BenchPlan plan, BenchSettings settings, Progress progress) throws Exception {
        Files.createDirectories(plan.out());
        var log = plan.out().resolve("registry.log");
        Files.deleteIfExists(log);
        var database = new Database(settings);
        var elastic = new ElasticDirect(settings.elasticsearch());
        if (plan.reusesLoad()) {
            progress.say("keeping database %s and indexes %s_*, loaded by an earlier run", settings.dbUrl(),
                    settings.indexPrefix());
            database.forgetAccounts();
        } else {
            progress.say("emptying database %s and indexes %s_*", settings.dbUrl(), settings.indexPrefix());
            database.empty();
            elastic.deleteIndexes(settings.indexPrefix() + "_");
        }
        var world = World.generate(plan.seed(), plan.projects());
        var adminPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        var environment = environment(plan, settings, world, database, elastic);
        var figures = new ArrayList<Figure>();

        try (var registry = RegistryProcess.start(settings, adminPassword, log)) {
            figures.add(startUp(plan.reusesLoad() ? "database an earlier run loaded"
                    : "empty database, migrations included", registry));
            figures.addAll(atRest(plan.reusesLoad() ? "at rest, before the load's baseline"
                    : "at rest, empty registry", registry));
            var context = context(plan, settings, world, adminPassword, database, elastic, progress);
            figures.addAll(plan.reusesLoad() ? BulkLoadBenchmark.reused(context) : BulkLoadBenchmark.run(context));
            if (plan.runs(Skippable.REINDEX)) {
                figures.addAll(ReindexBenchmark.run(context));
            }
        }
        var loaded = world.projectCount() + " projects in the database";
        var cache = new StartupCache(plan.out().resolve("registry.aot"));
        cache.forget();
        if (StartupCache.supported()) {
            progress.say("restarting the registry once to record its start-up cache");
            try (var registry = RegistryProcess.start(settings, adminPassword, log)) {
                figures.add(startUp(loaded + ", no start-up cache", registry));
            }
            RegistryProcess.record(cache, settings, adminPassword, log);
        }
        progress.say("restarting the registry on the loaded database");
        try (var registry = StartupCache.supported() ? RegistryProcess.startFrom(cache, settings, adminPassword, log)
                : RegistryProcess.start(settings, adminPassword, log)) {
            var situation = StartupCache.supported() ? loaded + ", from the AOT cache a training run recorded" : loaded;
            figures.add(startUp(situation, registry).valueTarget(false, 3));
            figures.addAll(atRest("at rest, " + world.projectCount() + " projects", registry));
            var context = context(plan, settings, world, adminPassword, database, elastic, progress);
            if (plan.runs(Skippable.SEARCH)) {
                figures.addAll(SearchBenchmark.run(context, registry));
            }
            if (plan.runs(Skippable.LOOKUP)) {
                figures.addAll(LookupBenchmark.run(context));
            }
            if (plan.runs(Skippable.FRESHNESS)) {
                figures.addAll(FreshnessBenchmark.run(context));
            }
            if (plan.runs(Skippable.CRUD)) {
                figures.addAll(CrudBenchmark.run(context));
            }
        }
        return new Report(environment, figures);
    }

    private static BenchContext context(BenchPlan plan, BenchSettings settings, World world, String adminPassword,
                                        Database database, ElasticDirect elastic, Progress progress) {
        return new BenchContext(plan, settings, world, RegistryApi.signIn(settings.registry(), adminPassword), elastic,
                database, progress);
    }

    private static Figure startUp(String situation, RegistryProcess registry) {
        return Figure.of("Start-up", "launch to healthy, " + situation, registry.startUp().toMillis() / 1000.0, "s");
    }

    private static List<Figure> atRest(String situation, RegistryProcess registry) {
        return List.of(Figure.of("Memory", "heap live after a full GC, " + situation, registry.liveHeapMiB(), "MiB"),
                Figure.of("Memory", "RSS, " + situation, registry.residentMiB(), "MiB"));
    }

    private static Map<String, String> environment(BenchPlan plan, BenchSettings settings, World world,
                                                   Database database, ElasticDirect elastic) throws IOException {
        var environment = new LinkedHashMap<String, String>();
        environment.put("date", OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        environment.put("machine", Runtime.getRuntime().availableProcessors() + " cores, "
                + cpuModel() + ", " + memoryGiB() + " GiB, " + System.getProperty("os.name") + " "
                + System.getProperty("os.version"));
        environment.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        environment.put("elasticsearch", Json.tree(new Http(settings.elasticsearch())
                .get("_nodes/_local?filter_path=nodes.*.version")).get("nodes").values().iterator().next()
                .get("version").getStringValue());
        environment.put("postgresql", database.version() + (database.autovacuum() ? ""
                : ", autovacuum off: the load runs ANALYZE each time the import has doubled the tables, and once at its end"));
        environment.put("registry", "jar " + settings.registryJar().getFileName() + ", -Xmx" + settings.heap()
                + ", defaults otherwise (pool 10, indexer batches of 200: changes every 200 ms, the people around"
                + " them every 1 s; refresh 1 s)");
        environment.put("world", "seed " + plan.seed() + ": " + world.projectCount() + " projects, "
                + world.personCount() + " people, " + world.institutionCount() + " institutions");
        environment.put("requests", plan.searchRequests() + " searches a side, " + plan.lookupRequests()
                + " per lookup, " + plan.crudRequests() + " per CRUD operation and concurrency, "
                + plan.freshnessWrites() + " timed writes; no load longer than " + plan.phaseLimit().toSeconds() + " s"
                + (plan.skipped().isEmpty() ? "" : "; left out: " + plan.skipped().stream().sorted()
                .map(Skippable::label).collect(Collectors.joining(", ")))
                + (plan.reusesLoad() ? "; the load was an earlier run's (--reuse-load): only its COPY baseline is"
                + " measured here" : ""));
        return environment;
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
    }

    private static long memoryGiB() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) >> 20).findFirst().orElse(0L);
    }
}
