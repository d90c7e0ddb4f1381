package org.jointresearch.registry.core.change;

import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The outbox as its consumer, the search indexer, works it: claim the oldest changes so that several
 * registry instances can drain side by side, then remove them once indexed or note why they could not be.
 * The consumer may hand a change back as a follow-up, claimed apart, for work that can wait while the
 * changes behind it cannot.
 * A rebuild of the whole index runs {@link #exclusively} so that no change is drained into the old index
 * while the new one is being read from the database. A change too large to index record by record (an
 * import of thousands) {@link #requestRebuild requests} one instead; the drains then wait for it.
 */
@Singleton
public class Outbox {

    private final OutboxRepository rows;
    private final RebuildRequestRepository rebuildRequests;

    Outbox(OutboxRepository rows, RebuildRequestRepository rebuildRequests) {
        this.rows = rows;
        this.rebuildRequests = rebuildRequests;
    }

    /**
     * Locks, until the caller's transaction ends, up to {@code limit} of the oldest changes that no other
     * drain holds; none while a rebuild runs or is requested, since it takes in every change before it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<OutboxEntry> claim(int limit) {
        return mayDrain() ? rows.lockOldest(false, limit) : List.of();
    }

    /** As {@link #claim}, the follow-ups instead of the changes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<OutboxEntry> claimFollowUps(int limit) {
        return mayDrain() ? rows.lockOldest(true, limit) : List.of();
    }

    private boolean mayDrain() {
        return rows.tryLockShared() && rebuildRequests.latestRequestedAt().isEmpty();
    }

    /**
     * Asks, in the caller's transaction, for every index to be rebuilt from the database rather than the
     * changes of this transaction to be indexed one by one: nothing is asked if it rolls back.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requestRebuild(String reason) {
        rebuildRequests.save(new RebuildRequest(null, Instant.now(), reason));
    }

    /** When the latest rebuild still to run was requested; empty when none is. */
    @ReadOnly
    public Optional<Instant> rebuildRequestedAt() {
        return rebuildRequests.latestRequestedAt();
    }

    /**
     * For a rebuild, first thing in the transaction of its snapshot: removes every change and rebuild
     * request the snapshot sees, all of which the rebuild takes in. They come back if the rebuild rolls
     * back; changes committed after the snapshot stay for the drains. Answers how many changes it removed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int settleForRebuild() {
        rebuildRequests.deleteVisible();
        return rows.deleteVisible();
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
