package org.jointresearch.registry.core.team;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

import java.util.UUID;

/** The key of a team's child rows: the team and the row's place in its list. */
@Embeddable
record TeamRowKey(@MappedProperty("team_id") UUID teamId, @MappedProperty("position_index") int positionIndex) {
}
