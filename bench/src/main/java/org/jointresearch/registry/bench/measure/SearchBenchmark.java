package org.jointresearch.registry.bench.measure;

import org.jointresearch.registry.bench.harness.Latencies;
import org.jointresearch.registry.bench.harness.LoadDriver;
import org.jointresearch.registry.bench.harness.RegistryProcess;
import org.jointresearch.registry.bench.report.Figure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.DoubleAccumulator;

/**
 * Search: {@code /api/v1/search/projects} for a realistic mix, against the identical queries sent straight to
 * Elasticsearch. Latency from one client, API and direct taking turns request by request so both see the same
 * moments of a noisy machine; throughput from several clients; and the registry's memory under that load.
 */
public final class SearchBenchmark {

    private static final String NAME = "Search";

    private SearchBenchmark() {
    }

    public static List<Figure> run(BenchContext context, RegistryProcess registry) {
        var plan = context.plan();
        var progress = context.progress();
        var mix = SearchMix.build(context, Math.min(plan.searchRequests(), 500));
        var alias = context.alias("projects");
        progress.say("searching: %d distinct queries, %,d requests a side", mix.size(), plan.searchRequests());
        for (var search : mix) {
            context.api().get(search.apiPath());
            context.elastic().search(alias, search.directBody());
        }

        var api = new Latencies();
        var direct = new Latencies();
        var directByKind = new TreeMap<String, Latencies>();
        var deadline = System.nanoTime() + plan.phaseLimit().toNanos();
        for (int i = 0; i < plan.searchRequests() && System.nanoTime() < deadline; i++) {
            var search = mix.get(i % mix.size());
            var kind = directByKind.computeIfAbsent(search.kind(), ignored -> new Latencies());
            Runnable viaApi = () -> time(api, () -> context.api().get(search.apiPath()));
            Runnable straight = () -> time(direct, kind, () -> context.elastic().search(alias, search.directBody()));
            // Turn by turn, so that neither side always runs on caches the other just warmed.
            if (i % 2 == 0) {
                viaApi.run();
                straight.run();
            } else {
                straight.run();
                viaApi.run();
            }
        }
        directByKind.forEach((kind, latencies) -> progress.say("  direct %-17s p50 %6.1f ms  p95 %6.1f ms  (%d)",
                kind, latencies.p50(), latencies.p95(), latencies.count()));
        progress.say("  one client: API p50 %.1f ms, direct p50 %.1f ms", api.p50(), direct.p50());

        int clients = plan.searchClients();
        var apiLoad = LoadDriver.run(clients, plan.searchRequests(), plan.phaseLimit(),
                sequence -> context.api().get(mix.get((int) (sequence % mix.size())).apiPath()));
        var directLoad = LoadDriver.run(clients, plan.searchRequests(), plan.phaseLimit(),
                sequence -> context.elastic().search(alias, mix.get((int) (sequence % mix.size())).directBody()));
        progress.say("  %d clients: API %.0f/s, direct %.0f/s", clients, apiLoad.perSecond(), directLoad.perSecond());

        var memory = underLoad(context, registry, mix);
        progress.say("  memory under search load: heap up to %.0f MiB, %.0f MiB live; RSS up to %.0f MiB",
                memory.heap(), memory.liveHeap(), memory.resident());
        failIfAnyFailed(api, direct, apiLoad, directLoad);

        var direction = "identical query, direct";
        var figures = new ArrayList<Figure>();
        figures.add(Figure.against(NAME, "p50, 1 client, " + api.count() + " requests", api.p50(), "ms", direction, direct.p50())
                .ratioTarget(false, 1.15));
        figures.add(Figure.against(NAME, "p95, 1 client", api.p95(), "ms", direction, direct.p95()));
        figures.add(Figure.against(NAME, "p99, 1 client", api.p99(), "ms", direction, direct.p99()));
        figures.add(Figure.against(NAME, "throughput, " + clients + " clients", apiLoad.perSecond(), "req/s",
                direction, directLoad.perSecond()));
        figures.add(Figure.against(NAME, "p50, " + clients + " clients", apiLoad.p50(), "ms", direction,
                directLoad.p50()));
        figures.add(Figure.of("Memory", "heap under search load, peak sampled (-Xmx"
                + context.settings().heap() + ")", memory.heap(), "MiB").valueTarget(false, 256));
        figures.add(Figure.of("Memory", "heap live after a full GC, as the search load ends", memory.liveHeap(), "MiB"));
        figures.add(Figure.of("Memory", "RSS under search load, peak sampled", memory.resident(), "MiB"));
        return figures;
    }

    record Memory(double heap, double liveHeap, double resident) {
    }

    /** Samples the registry's heap and resident memory every half second while the search load runs. */
    private static Memory underLoad(BenchContext context, RegistryProcess registry, List<SearchMix.Search> mix) {
        var heap = new DoubleAccumulator(Math::max, 0);
        var resident = new DoubleAccumulator(Math::max, 0);
        var running = new AtomicBoolean(true);
        try (var sampler = Executors.newSingleThreadScheduledExecutor()) {
            sampler.scheduleWithFixedDelay(() -> {
                if (running.get()) {
                    heap.accumulate(registry.heapUsedMiB());
                    resident.accumulate(registry.residentMiB());
                }
            }, 0, 500, TimeUnit.MILLISECONDS);
            LoadDriver.run(context.plan().searchClients(), context.plan().searchRequests(), context.plan().phaseLimit(),
                    sequence -> context.api().get(mix.get((int) (sequence % mix.size())).apiPath()));
            var live = registry.liveHeapMiB();
            running.set(false);
            sampler.shutdownNow();
            return new Memory(heap.get(), live, resident.get());
        }
    }

    static void time(Latencies latencies, Runnable request) {
        time(latencies, new Latencies(), request);
    }

    private static void time(Latencies latencies, Latencies alsoIn, Runnable request) {
        long started = System.nanoTime();
        request.run();
        var elapsed = Duration.ofNanos(System.nanoTime() - started);
        latencies.record(elapsed);
        alsoIn.record(elapsed);
    }

    static void failIfAnyFailed(Latencies... runs) {
        for (var run : runs) {
            if (run.failures() > 0) {
                throw new IllegalStateException(run.failures() + " requests failed; the figures would flatter");
            }
        }
    }
}
