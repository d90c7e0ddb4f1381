package org.jointresearch.registry.core.team;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/** What a list of teams may be narrowed by; an absent criterion narrows nothing. */
public record TeamFilter(@Nullable UUID centreId, @Nullable UUID institutionId) {

    public static TeamFilter ofCentre(UUID centreId) {
        return new TeamFilter(centreId, null);
    }
}
