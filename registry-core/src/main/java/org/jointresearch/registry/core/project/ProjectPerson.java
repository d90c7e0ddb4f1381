package org.jointresearch.registry.core.project;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

/** A person working on a project, and in which role. */
@Introspected
@Serdeable
public record ProjectPerson(@NotNull UUID personId, @NotNull ProjectRole role) {
}
