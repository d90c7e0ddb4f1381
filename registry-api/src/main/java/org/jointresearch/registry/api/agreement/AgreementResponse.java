package org.jointresearch.registry.api.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.agreement.AgreementKind;
import org.jointresearch.registry.core.agreement.AgreementStatus;
import org.jointresearch.registry.core.agreement.AgreementView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An agreement as the API shows it, with its parties and signatories. */
@Serdeable
public record AgreementResponse(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String title,
        AgreementKind kind,
        List<UUID> partyIds,
        @Nullable LocalDate signedOn,
        @Nullable LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        AgreementStatus status,
        List<String> areaCodes,
        List<SignatoryBody> signatories,
        @Nullable String summary) {

    static AgreementResponse of(AgreementView view) {
        var agreement = view.agreement();
        return new AgreementResponse(agreement.id(), agreement.version(), agreement.createdAt(),
                agreement.updatedAt(), agreement.title(), agreement.kind(), view.partyIds(), agreement.signedOn(),
                agreement.effectiveFrom(), agreement.effectiveTo(), agreement.status(), agreement.areaCodes(),
                SignatoryBody.of(view.signatories()), agreement.summary());
    }
}
