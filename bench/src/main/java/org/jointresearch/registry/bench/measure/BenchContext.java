package org.jointresearch.registry.bench.measure;

import org.jointresearch.registry.bench.BenchPlan;
import org.jointresearch.registry.bench.harness.BenchSettings;
import org.jointresearch.registry.bench.harness.Database;
import org.jointresearch.registry.bench.harness.ElasticDirect;
import org.jointresearch.registry.bench.harness.RegistryApi;
import org.jointresearch.registry.bench.world.World;

/** What every benchmark works with: the plan, the generated world, the registry's API and the engines beneath. */
public record BenchContext(BenchPlan plan, BenchSettings settings, World world, RegistryApi api, ElasticDirect elastic,
                           Database database, Progress progress) {

    /** The registry's alias of one of its indexes, e.g. {@code projects}. */
    public String alias(String index) {
        return settings.indexPrefix() + "_" + index;
    }

    /** A scratch index of the baselines, under the benchmark's prefix so a new run deletes it. */
    public String baselineIndex(String index) {
        return settings.indexPrefix() + "_baseline_" + index;
    }
}
