package org.jointresearch.registry.search.index;

import jakarta.inject.Singleton;

/**
 * Brings the indexes up to date with the outbox: drains it batch after batch until it is empty or a batch
 * fails. Any number of instances may run it at once (rows are claimed with {@code SKIP LOCKED}).
 *
 * <p>Versions: every document a batch writes carries, as its external version, a number taken from the
 * outbox's id sequence after the batch claimed its rows and before it read the database. It exceeds the id
 * of every change the batch answers for, and the version of every document built before those changes
 * committed. The rows' own ids would not do: ids are handed out when a transaction writes its row, not when
 * it commits, so a project re-indexed because a later transaction renamed an institution it embeds could
 * carry a greater id than a change to the project committed after it; and an entity's own version cannot
 * order two documents rebuilt for changes to different entities. So Elasticsearch keeps whichever document
 * was read from the database last, whatever order the writes arrive in.
 */
@Singleton
public class OutboxIndexer {

    private final OutboxBatch batch;
    private final IndexerSettings settings;

    OutboxIndexer(OutboxBatch batch, IndexerSettings settings) {
        this.batch = batch;
        this.settings = settings;
    }

    /** Drains until the outbox is empty (as far as this instance can claim) or a batch keeps rows back. */
    public DrainOutcome drain() {
        var total = DrainOutcome.NOTHING;
        DrainOutcome last;
        do {
            last = batch.drain(settings.batchSize());
            total = total.plus(last);
        } while (last.rows() == settings.batchSize() && last.failed() == 0);
        return total;
    }
}
