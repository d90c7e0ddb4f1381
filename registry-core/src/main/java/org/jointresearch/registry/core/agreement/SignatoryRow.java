package org.jointresearch.registry.core.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** One row of {@code agreement_signatory}: the signatory at one position of an agreement's list. */
@MappedEntity("agreement_signatory")
record SignatoryRow(@EmbeddedId AgreementRowKey id, UUID personId, UUID institutionId, @Nullable String role) {

    static SignatoryRow of(UUID agreementId, int index, Signatory signatory) {
        return new SignatoryRow(new AgreementRowKey(agreementId, index), signatory.personId(),
                signatory.institutionId(), signatory.role());
    }

    Signatory toSignatory() {
        return new Signatory(personId, institutionId, role);
    }
}
