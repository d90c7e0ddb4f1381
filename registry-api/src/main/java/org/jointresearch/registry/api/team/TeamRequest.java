package org.jointresearch.registry.api.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.team.TeamDraft;
import org.jointresearch.registry.core.team.TeamMember;
import org.jointresearch.registry.core.team.TeamView;

import java.util.List;
import java.util.UUID;

/** The body of {@code POST} and {@code PUT /teams}; the core validates it. */
@Serdeable
public record TeamRequest(
        @Nullable String name,
        @Nullable UUID centreId,
        @Nullable List<UUID> institutionIds,
        @Nullable List<String> disciplineCodes,
        @Nullable UUID leadId,
        @Nullable List<TeamMember> members) {

    TeamDraft toDraft() {
        return new TeamDraft(name, centreId, institutionIds, disciplineCodes, leadId, members);
    }

    static TeamRequest of(TeamView view) {
        var team = view.team();
        return new TeamRequest(team.name(), team.centreId(), view.institutionIds(), team.disciplineCodes(),
                team.leadId(), view.members());
    }
}
