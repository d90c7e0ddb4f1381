package org.jointresearch.registry.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/**
 * A change the search index has yet to take in: the record's type, id and the version it reached. A
 * {@code followUp} is the same change come back for the documents its consumer chose to rebuild later.
 */
@MappedEntity("outbox")
public record OutboxEntry(
        @Id @GeneratedValue @Nullable Long id,
        String entityType,
        String entityId,
        long entityVersion,
        Instant createdAt,
        int attempts,
        @Nullable String lastError,
        boolean followUp) {

    /** This change as a follow-up, to be claimed apart from the changes. */
    public OutboxEntry asFollowUp() {
        return new OutboxEntry(null, entityType, entityId, entityVersion, Instant.now(), 0, null, true);
    }
}
