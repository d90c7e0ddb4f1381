package org.jointresearch.registry.bench.measure;

import org.jointresearch.registry.bench.harness.Latencies;
import org.jointresearch.registry.bench.harness.LoadDriver;
import org.jointresearch.registry.bench.harness.RegistryApi;
import org.jointresearch.registry.bench.report.Figure;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

/** Collaborators and similar projects: latency of {@code /search/collaborators} and {@code /projects/{id}/similar}, one client. */
public final class LookupBenchmark {

    private LookupBenchmark() {
    }

    public static List<Figure> run(BenchContext context) {
        var plan = context.plan();
        var random = new SplittableRandom(plan.seed() + 1);
        var words = context.world().vocabulary().topicWords();
        var institutions = context.api().ids("institutions", 100);
        var projects = context.api().ids("projects", 100);
        var collaborators = measure(context, plan.lookupRequests(), sequence -> "api/v1/search/collaborators?"
                + RegistryApi.query(Map.of("topic", words.get(random.nextInt(Math.min(words.size(), 60))),
                "partnerOf", institutions.get(random.nextInt(institutions.size())))));
        var similar = measure(context, plan.lookupRequests(),
                sequence -> "api/v1/projects/" + projects.get((int) (sequence % projects.size())) + "/similar");
        context.progress().say("collaborators p50 %.1f ms, similar p50 %.1f ms", collaborators.p50(), similar.p50());
        return List.of(
                Figure.of("Collaborators", "p50, 1 client", collaborators.p50(), "ms"),
                Figure.of("Collaborators", "p99, 1 client", collaborators.p99(), "ms"),
                Figure.of("Similar projects", "p50, 1 client", similar.p50(), "ms"),
                Figure.of("Similar projects", "p99, 1 client", similar.p99(), "ms"));
    }

    private static Latencies measure(BenchContext context, int requests, LongFunction<String> address) {
        var paths = new String[requests];
        for (int i = 0; i < requests; i++) {
            paths[i] = address.apply(i);
        }
        for (int i = 0; i < Math.min(requests, 20); i++) {
            context.api().get(paths[i]);
        }
        var latencies = LoadDriver.run(1, requests, context.plan().phaseLimit(),
                sequence -> context.api().get(paths[(int) sequence]));
        SearchBenchmark.failIfAnyFailed(latencies);
        return latencies;
    }
}
