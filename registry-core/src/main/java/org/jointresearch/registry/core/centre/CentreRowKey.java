package org.jointresearch.registry.core.centre;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

/** The key of a centre's child rows: the centre and the row's place in its list. */
@Embeddable
record CentreRowKey(@MappedProperty("centre_id") UUID centreId, @MappedProperty("position_index") int positionIndex) {
}
