package org.jointresearch.registry.bench.measure;

import org.jointresearch.registry.bench.harness.Json;
import org.jointresearch.registry.bench.harness.Latencies;
import org.jointresearch.registry.bench.harness.LoadDriver;
import org.jointresearch.registry.bench.report.Figure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Freshness: how long after a write is acknowledged it can be found, while a search load runs. Each writer
 * renames a project to carry a word no other project has, then asks Elasticsearch every 10 ms until the
 * projects alias finds it.
 */
public final class FreshnessBenchmark {

    static final int WRITERS = 8;
    static final int SEARCH_CLIENTS = 2;
    private static final Duration POLL = Duration.ofMillis(10);
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private FreshnessBenchmark() {
    }

    public static List<Figure> run(BenchContext context) throws Exception {
        var plan = context.plan();
        var projects = context.api().ids("projects", 100);
        var mix = SearchMix.build(context, 100);
        var alias = context.alias("projects");
        var searching = new AtomicBoolean(true);
        var freshness = new Latencies();
        Latencies writes;
        Latencies searches;
        try (var background = Executors.newSingleThreadExecutor()) {
            var load = background.submit(() -> LoadDriver.run(SEARCH_CLIENTS, Long.MAX_VALUE,
                    plan.phaseLimit().multipliedBy(2), searching::get,
                    sequence -> context.api().get(mix.get((int) (sequence % mix.size())).apiPath())));
            writes = LoadDriver.run(Math.min(WRITERS, plan.freshnessWrites()), plan.freshnessWrites(), plan.phaseLimit(),
                    sequence -> {
                        var word = "fresh" + Long.toString(plan.seed(), 36) + "x" + sequence + "q";
                        context.api().patch("api/v1/projects/" + projects.get((int) (sequence % projects.size())),
                                Json.write(Map.of("title", "Freshness probe " + word)));
                        var acknowledged = System.nanoTime();
                        var query = Json.write(Map.of("size", 0, "query", Map.of("match", Map.of("title", word))));
                        while (context.elastic().search(alias, query).get("hits").get("total").get("value").getLongValue() == 0) {
                            if (System.nanoTime() - acknowledged > GIVE_UP.toNanos()) {
                                throw new IllegalStateException(word + " not searchable after " + GIVE_UP);
                            }
                            Thread.sleep(POLL);
                        }
                        freshness.record(Duration.ofNanos(System.nanoTime() - acknowledged));
                    });
            searching.set(false);
            searches = load.get();
        }
        SearchBenchmark.failIfAnyFailed(writes, searches);
        context.progress().say("write to searchable over %d writes: p50 %.0f ms, p99 %.0f ms (%,d searches alongside)",
                freshness.count(), freshness.p50(), freshness.p99(), searches.count());
        var name = "Write to searchable (" + freshness.count() + " writes, " + SEARCH_CLIENTS + " search clients)";
        return List.of(Figure.of(name, "p50", freshness.p50(), "ms"),
                Figure.of(name, "p99", freshness.p99(), "ms").valueTarget(false, 1500));
    }
}
