package org.jointresearch.registry.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * What a run measures and how much: the size of the generated world and the number of requests of each
 * benchmark. Every load is bounded both by its number of requests and by {@link #phaseLimit()}.
 *
 * @param projects        projects in the generated world
 * @param seed            the generator's seed: the same seed makes the same world
 * @param searchRequests  requests of each search run (sequential, then under concurrent load), per side
 * @param searchClients   concurrent clients of the search throughput run and of the memory-under-load reading
 * @param lookupRequests  requests of each of collaborators and similar projects
 * @param crudRequests    requests of each CRUD operation at each concurrency, per side
 * @param freshnessWrites writes timed until searchable
 * @param phaseLimit      the longest any one load may run
 * @param out             where the report and the run's files go
 * @param skipped         the benchmarks this run leaves out
 * @param reusesLoad      the database and indexes already hold this world, loaded by an earlier run (for one whose
 *                        later benchmarks did not finish): this run keeps them and of the load measures only its
 *                        COPY baseline
 */
public record BenchPlan(int projects, long seed, int searchRequests, int searchClients, int lookupRequests,
                        int crudRequests, int freshnessWrites, Duration phaseLimit, Path out,
                        Set<Skippable> skipped, boolean reusesLoad) {

    public BenchPlan {
        skipped = Set.copyOf(skipped);
    }

    /** Client counts of the CRUD benchmark, as issue 8 names them. */
    public static final int[] CRUD_CLIENTS = {1, 8, 32};

    public static BenchPlan standard(int projects, long seed, Path out, Set<Skippable> skipped, boolean reusesLoad) {
        return new BenchPlan(projects, seed, 1_000, 8, 300, 500, 1_000, Duration.ofMinutes(2), out, skipped,
                reusesLoad);
    }

    /** Every benchmark on a toy size, to keep the harness working (the build runs it). */
    public static BenchPlan smoke(Path out) {
        return new BenchPlan(300, 7, 40, 4, 10, 32, 20, Duration.ofSeconds(30), out, Set.of(), false);
    }

    public boolean runs(Skippable benchmark) {
        return !skipped.contains(benchmark);
    }
}
