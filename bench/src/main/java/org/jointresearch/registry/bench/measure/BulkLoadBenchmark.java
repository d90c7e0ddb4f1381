package org.jointresearch.registry.bench.measure;

import org.jointresearch.registry.bench.harness.Json;
import org.jointresearch.registry.bench.report.Figure;
import org.jointresearch.registry.core.importer.ImportDocument;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Bulk load and index: the generated world imported through
 * {@code POST /api/v1/admin/import?rebuildIndex=true}, then the rebuild that takes it in started, timed until
 * every project is searchable; against the same project documents sent straight to {@code _bulk} in the
 * indexer's batch size, and the same rows written with COPY.
 */
public final class BulkLoadBenchmark {

    /** The registry's default outbox batch ({@code REGISTRY_INDEXER_BATCH_SIZE}): the baseline sends as many per request. */
    static final int INDEXER_BATCH = 200;
    private static final String NAME = "Bulk load and index";

    private BulkLoadBenchmark() {
    }

    public static List<Figure> run(BenchContext context) throws Exception {
        var world = context.world();
        var progress = context.progress();
        progress.say("importing %,d projects (%,d people, %,d institutions) through the import path",
                world.projectCount(), world.personCount(), world.institutionCount());
        long started = System.nanoTime();
        long lastReport = started;
        long projects = 0;
        long bytes = 0;
        // Without autovacuum nothing tells the planner the tables have grown, and past some tens of thousands
        // of rows it reads whole tables for each page the indexer loads: analysed as autovacuum would, each
        // time the import has doubled them.
        var analyse = !context.database().autovacuum();
        long analysedAt = 500;
        var documents = world.documents().iterator();
        // The next document is generated while the registry imports this one: the load times the registry,
        // not the generator.
        var next = prepare(documents);
        while (next != null) {
            var document = next.join();
            next = documents.hasNext() ? prepare(documents) : null;
            context.api().load(document.body());
            bytes += document.body().length;
            projects += document.projects();
            if (analyse && projects >= 2 * analysedAt) {
                context.database().analyze();
                analysedAt = projects;
            }
            if (System.nanoTime() - lastReport > Duration.ofSeconds(5).toNanos()) {
                lastReport = System.nanoTime();
                progress.say("  imported %,d / %,d projects (%,.0f projects/s), %,d MB sent", projects,
                        world.projectCount(), projects / seconds(started), bytes >> 20);
            }
        }
        if (analyse) {
            context.database().analyze();
        }
        var imported = seconds(started);
        progress.say("  import done in %.1f s; rebuilding the indexes, as an administrator would after it", imported);
        // Generous, and growing with the world: this waits for the indexes, it does not time a load.
        var patience = Duration.ofNanos(Math.max(context.plan().phaseLimit().toNanos() * 10,
                Duration.ofMillis(50).toNanos() * world.projectCount()));
        var deadline = System.nanoTime() + patience.toNanos();
        context.api().reindex(patience);
        var projectsAlias = context.alias("projects");
        while (context.api().outboxPending() > 0 || context.elastic().count(projectsAlias) < world.projectCount()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the projects were not all searchable in time");
            }
            Thread.sleep(100);
        }
        var searchable = seconds(started);
        progress.say("  all %,d projects searchable %.1f s after the import started", world.projectCount(), searchable);
        context.database().recordLoadedWorld(loadedWorld(context));

        var file = Files.createDirectories(context.plan().out().resolve("baseline")).resolve("projects.ndjson");
        context.elastic().export(projectsAlias, file);
        var target = context.baselineIndex("projects");
        context.elastic().createLike(projectsAlias, target);
        var bulk = context.elastic().bulk(file, target, INDEXER_BATCH).toNanos() / 1e9;
        Files.delete(file);
        progress.say("  baseline: the same %,d documents through _bulk in %.1f s", world.projectCount(), bulk);
        var copy = copyBaseline(context);

        double n = world.projectCount();
        var figures = new ArrayList<Figure>();
        figures.add(Figure.against(NAME, "imported until searchable", n / searchable, "projects/s",
                "_bulk, " + INDEXER_BATCH + " per request", n / bulk).ratioTarget(true, 0.8));
        figures.add(Figure.against(NAME, "imported until searchable", n / searchable, "projects/s",
                "COPY of the same " + copy.rows() + " rows", n / (copy.elapsed().toNanos() / 1e9)));
        figures.add(Figure.of(NAME, "import requests alone (" + (bytes >> 20) + " MB)", n / imported, "projects/s"));
        return figures;
    }

    /**
     * The load's COPY baseline alone, for a world an earlier run loaded ({@code --reuse-load}); refused unless
     * that run finished loading this very world and nothing waits to be indexed, so that nothing later
     * measures a half-loaded registry or another world.
     */
    public static List<Figure> reused(BenchContext context) throws Exception {
        var wanted = loadedWorld(context);
        var loaded = context.database().loadedWorld();
        long pending = context.api().outboxPending();
        if (!loaded.equals(Optional.of(wanted)) || pending > 0) {
            throw new IllegalStateException("--reuse-load needs this run's world (" + wanted + ") loaded and"
                    + " indexed; the database holds " + loaded.orElse("no world whose load finished") + " and "
                    + pending + " changes wait in the outbox; run once without --reuse-load");
        }
        var copy = copyBaseline(context);
        return List.of(Figure.of(NAME, "baseline alone: COPY of the same " + copy.rows() + " rows",
                context.world().projectCount() / (copy.elapsed().toNanos() / 1e9), "projects/s"));
    }

    private static String loadedWorld(BenchContext context) {
        return "seed " + context.plan().seed() + ", " + context.world().projectCount() + " projects";
    }

    private static CopyBaseline.Outcome copyBaseline(BenchContext context) throws Exception {
        var copy = CopyBaseline.run(context.database(), context.plan().out().resolve("baseline"));
        context.progress().say("  baseline: the same %,d rows through COPY in %.1f s", copy.rows(),
                copy.elapsed().toNanos() / 1e9);
        return copy;
    }

    /** The next document of the world and its JSON, made on another thread. */
    private static CompletableFuture<Prepared> prepare(Iterator<ImportDocument> documents) {
        return CompletableFuture.supplyAsync(() -> {
            var document = documents.next();
            return new Prepared(document.projects() == null ? 0 : document.projects().size(), Json.write(document));
        });
    }

    private record Prepared(int projects, byte[] body) {
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
