package org.jointresearch.registry.api.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.agreement.AgreementDraft;
import org.jointresearch.registry.core.agreement.AgreementKind;
import org.jointresearch.registry.core.agreement.AgreementStatus;
import org.jointresearch.registry.core.agreement.AgreementView;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The body of {@code POST} and {@code PUT /agreements}; the core validates it. */
@Serdeable
public record AgreementRequest(
        @Nullable String title,
        @Nullable AgreementKind kind,
        @Nullable List<UUID> partyIds,
        @Nullable LocalDate signedOn,
        @Nullable LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        @Nullable AgreementStatus status,
        @Nullable List<String> areaCodes,
        @Nullable List<SignatoryBody> signatories,
        @Nullable String summary) {

    AgreementDraft toDraft() {
        return new AgreementDraft(title, kind, partyIds, signedOn, effectiveFrom, effectiveTo, status, areaCodes,
                SignatoryBody.toSignatories(signatories), summary);
    }

    static AgreementRequest of(AgreementView view) {
        var agreement = view.agreement();
        return new AgreementRequest(agreement.title(), agreement.kind(), view.partyIds(), agreement.signedOn(),
                agreement.effectiveFrom(), agreement.effectiveTo(), agreement.status(), agreement.areaCodes(),
                SignatoryBody.of(view.signatories()), agreement.summary());
    }
}
