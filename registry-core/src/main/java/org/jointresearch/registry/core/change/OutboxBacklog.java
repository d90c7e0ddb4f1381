package org.jointresearch.registry.core.change;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * What the outbox holds right now: how many changes wait for the search index, since when, and the
 * most recent reason one of them could not be indexed, and whether they wait for a requested rebuild.
 */
@Introspected
public record OutboxBacklog(long pending, @Nullable Instant oldestCreatedAt, int maxAttempts,
                            @Nullable String lastError, @Nullable Instant rebuildRequestedAt) {
}
