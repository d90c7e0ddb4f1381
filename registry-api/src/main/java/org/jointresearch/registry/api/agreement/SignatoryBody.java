package org.jointresearch.registry.api.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.agreement.Signatory;

import java.util.List;
import java.util.UUID;

/** A signatory as requests and responses carry it: {@code {personId, institutionId, role}}. */
@Serdeable
public record SignatoryBody(@Nullable UUID personId, @Nullable UUID institutionId, @Nullable String role) {

    static @Nullable List<Signatory> toSignatories(@Nullable List<SignatoryBody> bodies) {
        // A null entry stays null so that the core names it (signatories[1]) instead of the API crashing on it.
        return bodies == null ? null : bodies.stream()
                .map(body -> body == null ? null : new Signatory(body.personId, body.institutionId, body.role))
                .toList();
    }

    static List<SignatoryBody> of(List<Signatory> signatories) {
        return signatories.stream()
                .map(s -> new SignatoryBody(s.personId(), s.institutionId(), s.role()))
                .toList();
    }
}
