package org.jointresearch.registry.core.team;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** A person's membership of a team: the role they hold and, when known, from and to when. */
@Introspected
@Serdeable
public record TeamMember(
        @NotNull UUID personId,
        @Nullable @Size(max = 100) String role,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {
}
