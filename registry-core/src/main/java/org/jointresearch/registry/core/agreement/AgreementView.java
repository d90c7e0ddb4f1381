package org.jointresearch.registry.core.agreement;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** An agreement with its parties and signatories, which live in their own tables. */
@Serdeable
public record AgreementView(@JsonUnwrapped Agreement agreement, List<UUID> partyIds, List<Signatory> signatories) {

    public UUID id() {
        return agreement.id();
    }

    public long version() {
        return agreement.version();
    }
}
