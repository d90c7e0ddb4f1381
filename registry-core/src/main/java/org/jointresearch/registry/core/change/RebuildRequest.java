package org.jointresearch.registry.core.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A pending request to rebuild every search index from the database, and what asked for it. */
@MappedEntity("index_rebuild_request")
record RebuildRequest(@Id @GeneratedValue @Nullable Long id, Instant requestedAt, String reason) {
}
