package org.jointresearch.registry.core.team;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/**
 * A joint research team with its institutions and members, in the order given; flat in JSON so the
 * audit trail lists each changed field on its own.
 */
@Serdeable
public record TeamView(@JsonUnwrapped Team team, List<UUID> institutionIds, List<TeamMember> members) {
}
