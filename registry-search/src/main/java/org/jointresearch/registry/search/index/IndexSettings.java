package org.jointresearch.registry.search.index;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import java.time.Duration;

/**
 * How the registry's indexes are named, laid out and read. Shard and replica counts are configuration,
 * not constants, so a cluster deployment can raise them; a single development node needs 0 replicas
 * or it stays yellow.
 *
 * @param prefix          prefix of every index and alias name, so tests and several registries can share a cluster
 * @param shards          primary shards of each new index
 * @param replicas        replicas of each new index
 * @param refreshInterval how often an index makes writes searchable that did not ask to be at once (the
 *                        indexer's do), e.g. {@code 1s}
 * @param labelTtl        how long a name of a discipline or institution shown in results is kept before it is
 *                        looked up again; this instance's own writes make it forget at once, so this bounds how
 *                        stale a rename indexed by another instance can look
 */
@ConfigurationProperties("registry.search")
public record IndexSettings(
        @Bindable(defaultValue = "registry") @Pattern(regexp = "[a-z][a-z0-9_-]*") String prefix,
        @Bindable(defaultValue = "1") @Min(1) int shards,
        @Bindable(defaultValue = "0") @Min(0) int replicas,
        @Bindable(defaultValue = "1s") @Pattern(regexp = "-1|[0-9]+(ms|s|m)") String refreshInterval,
        @Bindable(defaultValue = "1m") Duration labelTtl) {

    /** The full name of an index or alias of this registry, e.g. {@code registry_projects}. */
    public String name(String suffix) {
        return prefix + "_" + suffix;
    }

    /** The alias every reader and the indexer use for one of the registry's indexes. */
    public String alias(RegistryIndex index) {
        return name(index.suffix());
    }
}
