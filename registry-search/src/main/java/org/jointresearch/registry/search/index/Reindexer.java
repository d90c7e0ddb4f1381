package org.jointresearch.registry.search.index;

import jakarta.inject.Singleton;
import org.jointresearch.registry.core.change.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;

/**
 * Rebuilds every index from PostgreSQL while searches keep reading the old ones.
 *
 * <p>Ordering: the rebuild runs while the outbox is held {@link Outbox#exclusively exclusively}, so no drain,
 * on any instance, takes a change into the old indexes that the new ones would then miss. Its documents carry
 * a version taken from the outbox's id sequence before the snapshot is read. A change committed before the
 * snapshot is in it; one committed after stays in the outbox and, drained after the swap, lands in the new
 * indexes with a greater version. Changes drained earlier but still pending (failed rows) are older than the
 * snapshot and, being built from the database anew, carry the latest state anyway.
 */
@Singleton
public class Reindexer {

    private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);

    private final Outbox outbox;
    private final SnapshotBuild build;
    private final IndexAdmin admin;
    private final Mappings mappings;

    Reindexer(Outbox outbox, SnapshotBuild build, IndexAdmin admin, Mappings mappings) {
        this.outbox = outbox;
        this.build = build;
        this.admin = admin;
        this.mappings = mappings;
    }

    /** Rebuilds every index; answers the new concrete index behind each alias. */
    public Map<RegistryIndex, String> rebuild() {
        var started = System.nanoTime();
        var fresh = outbox.exclusively(build::build);
        LOG.info("Rebuilt {} in {} ms", fresh.values(), (System.nanoTime() - started) / 1_000_000);
        return fresh;
    }

    /**
     * Rebuilds every index if one is missing, or was built from another database or with another mapping:
     * an empty registry gets empty indexes, a registry without indexes gets them filled. Answers why it
     * rebuilt, or empty when the indexes were fine.
     */
    public Optional<String> ensure() {
        return outbox.exclusively(version -> {
            var reason = staleness();
            reason.ifPresent(why -> {
                LOG.info("Rebuilding the search indexes: {}", why);
                build.build(version);
            });
            return reason;
        });
    }

    private Optional<String> staleness() {
        var reasons = new ArrayList<String>();
        for (var index : RegistryIndex.values()) {
            var current = admin.current(index);
            if (current.isEmpty()) {
                reasons.add(index.suffix() + " missing");
            } else {
                BuildMeta.mismatch(admin.meta(current.get()), outbox.identity(), mappings.fingerprint(index))
                        .ifPresent(why -> reasons.add(index.suffix() + " " + why));
            }
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", reasons));
    }
}
