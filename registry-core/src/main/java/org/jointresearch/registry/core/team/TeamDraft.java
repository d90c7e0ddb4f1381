package org.jointresearch.registry.core.team;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Everything a caller states about a joint research team: what creating or replacing one needs. */
@Introspected
public record TeamDraft(
        @NotBlank @Size(max = 300) String name,
        @Nullable UUID centreId,
        @Nullable @Size(max = 50) List<@NotNull UUID> institutionIds,
        @Nullable @Size(max = 20) List<@NotBlank String> disciplineCodes,
        @Nullable UUID leadId,
        @Nullable @Size(max = 200) List<@NotNull @Valid TeamMember> members) {

    List<UUID> institutions() {
        return institutionIds == null ? List.of() : institutionIds;
    }

    List<String> disciplines() {
        return disciplineCodes == null ? List.of() : disciplineCodes;
    }

    List<TeamMember> memberList() {
        return members == null ? List.of() : members;
    }

    /** The draft that would recreate the team as it is. */
    public static TeamDraft of(TeamView view) {
        var team = view.team();
        return new TeamDraft(team.name(), team.centreId(), view.institutionIds(), team.disciplineCodes(),
                team.leadId(), view.members());
    }

    Team toTeam(UUID id, Team current) {
        return new Team(id, current == null ? null : current.version(),
                current == null ? null : current.createdAt(), current == null ? null : current.updatedAt(),
                name.strip(), centreId, List.copyOf(disciplines()), leadId);
    }
}
