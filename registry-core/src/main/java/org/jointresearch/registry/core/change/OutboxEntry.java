package org.jointresearch.registry.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A change the search index has yet to take in: the record's type, id and the version it reached. */
@MappedEntity("outbox")
public record OutboxEntry(
        @Id @GeneratedValue @Nullable Long id,
        String entityType,
        String entityId,
        long entityVersion,
        Instant createdAt,
        int attempts,
        @Nullable String lastError) {
}
