package org.jointresearch.registry.core.change;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The outbox as its consumer, the search indexer, works it: claim the oldest changes so that several
 * registry instances can drain side by side, then remove them once indexed or note why they could not be.
 * The consumer may hand a change back as a follow-up, claimed apart, for work that can wait while the
 * changes behind it cannot.
 * A rebuild of the whole index runs {@link #exclusively} so that no change is drained into the old index
 * while the new one is being read from the database.
 */
@Singleton
public class Outbox {

    private final OutboxRepository rows;

    Outbox(OutboxRepository rows) {
        this.rows = rows;
    }

    /**
     * Locks, until the caller's transaction ends, up to {@code limit} of the oldest changes that no other
     * drain holds; none while a rebuild runs.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<OutboxEntry> claim(int limit) {
        return rows.tryLockShared() ? rows.lockOldest(false, limit) : List.of();
    }

    /** As {@link #claim}, the follow-ups instead of the changes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<OutboxEntry> claimFollowUps(int limit) {
        return rows.tryLockShared() ? rows.lockOldest(true, limit) : List.of();
    }

    /** Queues each change again as a follow-up, in the caller's transaction: nothing is lost if it rolls back. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void followUp(Collection<OutboxEntry> changes) {
        if (!changes.isEmpty()) {
            rows.saveAll(changes.stream().map(OutboxEntry::asFollowUp).toList());
        }
    }

    /**
     * A number greater than every change id handed out so far, taken from the same sequence. Documents
     * carry it as their version: read after it was taken, they reflect every change that had committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long nextVersion() {
        return rows.nextId();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void done(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            rows.deleteByIdIn(ids);
        }
    }

    /** Keeps the changes for another attempt, counting this one and saying why it failed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void failed(Collection<Long> ids, String error) {
        if (!ids.isEmpty()) {
            rows.markFailed(ids, error);
        }
    }

    /**
     * Runs {@code work} once every drain in progress has finished, on every instance, and keeps new drains
     * out until it returns; {@code work} receives a version greater than every change id handed out before.
     * Changes committed meanwhile stay in the outbox for the drains that follow.
     */
    @Transactional
    public <T> T exclusively(LongFunction<T> work) {
        rows.lockExclusive();
        return work.apply(rows.nextId());
    }

    @ReadOnly
    public OutboxBacklog backlog() {
        return rows.backlog();
    }

    /**
     * Identifies this outbox table. It changes when the database is recreated or restored, which is when
     * change ids may start over and an index versioned by them no longer compares with them.
     */
    @ReadOnly
    public long identity() {
        return rows.tableOid();
    }
}
