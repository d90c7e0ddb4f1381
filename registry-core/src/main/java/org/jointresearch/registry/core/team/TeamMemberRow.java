package org.jointresearch.registry.core.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.LocalDate;
import java.util.UUID;

/** The row of one team member. */
@MappedEntity("team_member")
record TeamMemberRow(
        @EmbeddedId TeamRowKey key,
        UUID personId,
        @Nullable String role,
        @Nullable @MappedProperty("starts_on") LocalDate from,
        @Nullable @MappedProperty("ends_on") LocalDate to) {

    static TeamMemberRow of(TeamRowKey key, TeamMember member) {
        return new TeamMemberRow(key, member.personId(), member.role(), member.from(), member.to());
    }

    TeamMember toMember() {
        return new TeamMember(personId, role, from, to);
    }
}
