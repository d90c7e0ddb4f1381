package org.jointresearch.registry.core.person;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

/** A person's post at an institution, for a period that may be open at either end. */
@Serdeable
@Introspected
public record Affiliation(
        @NotNull UUID institutionId,
        @Nullable @Size(max = 200) String position,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {
}
