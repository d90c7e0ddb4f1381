package org.jointresearch.registry.search.index;

import jakarta.inject.Singleton;

import java.util.function.IntFunction;

/**
 * Brings the indexes up to date with the outbox: drains it batch after batch until it is empty or a batch
 * fails. Any number of instances may run it at once (rows are claimed with {@code SKIP LOCKED}). Changes and
 * their follow-ups (the people's documents around a change) drain apart, so that a change waits only for the
 * changes before it, not for the people they touched.
 *
 * <p>Versions: every document a batch writes carries, as its external version, a number taken from the
 * outbox's id sequence after the batch claimed its rows and before it read the database. It exceeds the id
 * of every change the batch answers for, and the version of every document built before those changes
 * committed. The rows' own ids would not do: ids are handed out when a transaction writes its row, not when
 * it commits, so a project re-indexed because a later transaction renamed an institution it embeds could
 * carry a greater id than a change to the project committed after it; and an entity's own version cannot
 * order two documents rebuilt for changes to different entities. So Elasticsearch keeps whichever document
 * was read from the database last, whatever order the writes arrive in. A follow-up is queued in the
 * transaction that finishes its change, so it is claimed, and versioned, after the change committed.
 */
@Singleton
public class OutboxIndexer {

    private final OutboxBatch batch;
    private final IndexerSettings settings;

    OutboxIndexer(OutboxBatch batch, IndexerSettings settings) {
        this.batch = batch;
        this.settings = settings;
    }

    /**
     * Drains changes, then follow-ups, each until none is left (as far as this instance can claim) or a batch
     * keeps rows back.
     */
    public DrainOutcome drain() {
        return drainChanges().plus(drainFollowUps());
    }

    /** Drains changes until none is left or a batch keeps rows back; their follow-ups stay queued. */
    DrainOutcome drainChanges() {
        return drainWith(batch::drainChanges);
    }

    /** Drains follow-ups until none is left or a batch keeps rows back. */
    DrainOutcome drainFollowUps() {
        return drainWith(batch::drainFollowUps);
    }

    private DrainOutcome drainWith(IntFunction<DrainOutcome> nextBatch) {
        var total = DrainOutcome.NOTHING;
        DrainOutcome last;
        do {
            last = nextBatch.apply(settings.batchSize());
            total = total.plus(last);
        } while (last.rows() == settings.batchSize() && last.failed() == 0);
        return total;
    }
}
