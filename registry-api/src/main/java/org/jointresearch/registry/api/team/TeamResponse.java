package org.jointresearch.registry.api.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.team.TeamMember;
import org.jointresearch.registry.core.team.TeamView;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A joint research team as the API shows it. */
@Serdeable
public record TeamResponse(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String name,
        @Nullable UUID centreId,
        List<UUID> institutionIds,
        List<String> disciplineCodes,
        @Nullable UUID leadId,
        List<TeamMember> members) {

    static TeamResponse of(TeamView view) {
        var team = view.team();
        return new TeamResponse(team.id(), team.version(), team.createdAt(), team.updatedAt(), team.name(),
                team.centreId(), view.institutionIds(), team.disciplineCodes(), team.leadId(), view.members());
    }
}
