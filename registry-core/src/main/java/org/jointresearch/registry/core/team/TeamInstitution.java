package org.jointresearch.registry.core.team;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** One of the institutions a team draws its members from. */
@MappedEntity("team_institution")
record TeamInstitution(@EmbeddedId TeamRowKey key, UUID institutionId) {
}
