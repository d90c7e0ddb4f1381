package org.jointresearch.registry.core.agreement;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** A person who signed an agreement on behalf of one of its parties, in some role such as president. */
@Serdeable
@Introspected
public record Signatory(
        @NotNull UUID personId,
        @NotNull UUID institutionId,
        @Nullable @Size(max = 200) String role) {
}
