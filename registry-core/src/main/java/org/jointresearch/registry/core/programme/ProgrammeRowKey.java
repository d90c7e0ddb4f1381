package org.jointresearch.registry.core.programme;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

/** The key of a programme's child rows: the programme and the row's place in its list. */
@Embeddable
record ProgrammeRowKey(@MappedProperty("programme_id") UUID programmeId,
                       @MappedProperty("position_index") int positionIndex) {
}
