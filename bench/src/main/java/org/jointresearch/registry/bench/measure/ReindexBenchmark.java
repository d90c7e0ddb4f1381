package org.jointresearch.registry.bench.measure;

import org.jointresearch.registry.bench.report.Figure;

import java.nio.file.Files;
import java.util.List;

/**
 * Full reindex: every index rebuilt from PostgreSQL behind a new alias ({@code POST /api/v1/admin/reindex});
 * against the documents it wrote sent straight to {@code _bulk}, in the rebuild's page size.
 */
public final class ReindexBenchmark {

    /** The registry's default rebuild page ({@code REGISTRY_REINDEX_PAGE_SIZE}): the baseline sends as many per request. */
    static final int REINDEX_PAGE = 500;
    private static final String NAME = "Full reindex";

    private ReindexBenchmark() {
    }

    public static List<Figure> run(BenchContext context) throws Exception {
        var progress = context.progress();
        progress.say("rebuilding every index from PostgreSQL");
        long started = System.nanoTime();
        context.api().reindex(context.plan().phaseLimit().multipliedBy(10));
        var rebuilt = BulkLoadBenchmark.seconds(started);
        var counts = context.api().documentCounts();
        long documents = counts.values().stream().mapToLong(Long::longValue).sum();
        progress.say("  rebuilt %,d documents %s in %.1f s", documents, counts, rebuilt);

        var directory = Files.createDirectories(context.plan().out().resolve("baseline"));
        double bulk = 0;
        for (var index : counts.keySet()) {
            var file = directory.resolve(index + ".ndjson");
            context.elastic().export(context.alias(index), file);
            var target = context.baselineIndex("reindex_" + index);
            context.elastic().createLike(context.alias(index), target);
            bulk += context.elastic().bulk(file, target, REINDEX_PAGE).toNanos() / 1e9;
            Files.delete(file);
        }
        progress.say("  baseline: the same %,d documents through _bulk in %.1f s", documents, bulk);
        return List.of(Figure.against(NAME, "rebuilt from PostgreSQL, all " + counts.size() + " indexes",
                documents / rebuilt, "docs/s", "_bulk, " + REINDEX_PAGE + " per request", documents / bulk)
                .ratioTarget(true, 0.8));
    }
}
