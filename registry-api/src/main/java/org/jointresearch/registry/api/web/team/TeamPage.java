package org.jointresearch.registry.api.web.team;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.api.web.Excerpt;
import org.jointresearch.registry.api.web.Ref;
import org.jointresearch.registry.core.team.Team;

import java.time.LocalDate;
import java.util.List;

/** What a joint research team's page shows: the team, its centre, lead and members, and its projects. */
public record TeamPage(Team team, @Nullable Ref centre, List<Ref> institutions, List<Ref> disciplines,
                       @Nullable Ref lead, List<Member> members, Excerpt<Ref> projects) {

    /** A member of the team, in which role, and when. */
    public record Member(Ref person, @Nullable String role, @Nullable LocalDate from, @Nullable LocalDate to) {
    }
}
