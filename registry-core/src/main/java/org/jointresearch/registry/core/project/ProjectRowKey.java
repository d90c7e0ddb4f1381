package org.jointresearch.registry.core.project;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

/** The key of a project's child rows: the project and the row's place in its list. */
@Embeddable
record ProjectRowKey(@MappedProperty("project_id") UUID projectId,
                     @MappedProperty("position_index") int positionIndex) {
}
