package org.jointresearch.registry.search.index;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.change.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * Builds every index anew from one consistent snapshot of the database (a repeatable-read transaction,
 * so paging through a table that changes meanwhile neither skips nor repeats a record), then points the
 * aliases at the new indexes in one step and drops the old ones. Until that step, searches read the old
 * indexes; if the build fails, the new ones are dropped and the old ones stay. The changes waiting in the
 * outbox that the snapshot sees are removed in the same transaction: the new indexes hold them already.
 * Each page is sent while the next is read, into indexes that refresh only once they are complete.
 */
@Singleton
class SnapshotBuild {

    private static final Logger LOG = LoggerFactory.getLogger(SnapshotBuild.class);

    private final Documents documents;
    private final IndexAdmin admin;
    private final BulkWriter bulk;
    private final Mappings mappings;
    private final Outbox outbox;
    private final IndexerSettings settings;
    private final ApplicationEventPublisher<IndexesWritten> events;
    private final ExecutorService sender;

    SnapshotBuild(Documents documents, IndexAdmin admin, BulkWriter bulk, Mappings mappings, Outbox outbox,
                  IndexerSettings settings, ApplicationEventPublisher<IndexesWritten> events,
                  @Named(TaskExecutors.BLOCKING) ExecutorService sender) {
        this.documents = documents;
        this.admin = admin;
        this.bulk = bulk;
        this.mappings = mappings;
        this.outbox = outbox;
        this.settings = settings;
        this.events = events;
        this.sender = sender;
    }

    /** Builds with every document at {@code version}; answers the new concrete index of each alias. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW,
            isolation = TransactionDefinition.Isolation.REPEATABLE_READ)
    Map<RegistryIndex, String> build(long version) {
        // The first statement fixes the snapshot: the changes it settles are exactly those the build reads.
        var settled = outbox.settleForRebuild();
        LOG.info("Rebuilding the search indexes at version {}; it takes in {} changes waiting in the outbox",
                version, settled);
        var fresh = new EnumMap<RegistryIndex, String>(RegistryIndex.class);
        var pipeline = new PagePipeline(sender);
        try {
            for (var source : documents.sources()) {
                var index = source.index();
                var name = admin.create(index, BuildMeta.of(outbox.identity(), mappings.fingerprint(index)));
                fresh.put(index, name);
                source.forEachPage(settings.reindexPageSize(), page -> pipeline.send(() -> requireAll(
                        bulk.write(page, version, ignored -> name, BulkWriter.Mode.REBUILD))));
            }
            pipeline.awaitSent();
            admin.open(fresh.values());
            admin.swap(fresh);
            events.publishEvent(IndexesWritten.rebuilt());
            return fresh;
        } catch (RuntimeException e) {
            pipeline.awaitQuietly();
            try {
                admin.drop(List.copyOf(fresh.values()));
            } catch (RuntimeException cleanup) {
                // The failure that stopped the build matters more; an index left behind goes with the next swap.
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static void requireAll(Map<DocumentRef, String> refused) {
        if (!refused.isEmpty()) {
            var first = refused.entrySet().iterator().next();
            throw new IllegalStateException(refused.size() + " documents refused, e.g. " + first.getKey() + ": "
                    + first.getValue());
        }
    }
}
