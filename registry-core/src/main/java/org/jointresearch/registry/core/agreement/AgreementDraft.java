package org.jointresearch.registry.core.agreement;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything a caller states about an agreement: what creating or replacing one needs. */
@Introspected
public record AgreementDraft(
        @NotBlank @Size(max = 300) String title,
        @NotNull AgreementKind kind,
        @NotNull @Size(min = 2, max = 50, message = "must name between 2 and 50 parties") List<@NotNull UUID> partyIds,
        @Nullable LocalDate signedOn,
        @Nullable LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        @NotNull AgreementStatus status,
        @Nullable @Size(max = 20) List<@NotBlank String> areaCodes,
        @Nullable @Size(max = 50) List<@NotNull @Valid Signatory> signatories,
        @Nullable @Size(max = 20000) String summary) {

    List<String> areaCodesOrNone() {
        return areaCodes == null ? List.of() : areaCodes;
    }

    List<Signatory> signatoriesOrNone() {
        return signatories == null ? List.of() : signatories;
    }

    /** The draft that would recreate the agreement as it is. */
    public static AgreementDraft of(AgreementView view) {
        var agreement = view.agreement();
        return new AgreementDraft(agreement.title(), agreement.kind(), view.partyIds(), agreement.signedOn(),
                agreement.effectiveFrom(), agreement.effectiveTo(), agreement.status(), agreement.areaCodes(),
                view.signatories(), agreement.summary());
    }

    Agreement toAgreement(UUID id, @Nullable Agreement current) {
        return new Agreement(id, current == null ? null : current.version(),
                current == null ? null : current.createdAt(), current == null ? null : current.updatedAt(),
                title.strip(), kind, signedOn, effectiveFrom, effectiveTo, status, List.copyOf(areaCodesOrNone()),
                summary);
    }
}
