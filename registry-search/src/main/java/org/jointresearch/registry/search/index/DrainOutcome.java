package org.jointresearch.registry.search.index;

import io.micronaut.core.annotation.Nullable;

/**
 * What draining the outbox did.
 *
 * @param rows      outbox rows taken
 * @param documents documents written or deleted for them
 * @param failed    rows kept for another attempt
 * @param error     why the first of those failed
 */
public record DrainOutcome(int rows, int documents, int failed, @Nullable String error) {

    public static final DrainOutcome NOTHING = new DrainOutcome(0, 0, 0, null);

    DrainOutcome plus(DrainOutcome other) {
        return new DrainOutcome(rows + other.rows, documents + other.documents, failed + other.failed,
                error != null ? error : other.error);
    }
}
