package org.jointresearch.registry.core.agreement;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Reads and replaces an agreement's parties and signatories, which are stored one row each in list order. */
@Singleton
class AgreementParts {

    private final PartyRepository parties;
    private final SignatoryRepository signatories;

    AgreementParts(PartyRepository parties, SignatoryRepository signatories) {
        this.parties = parties;
        this.signatories = signatories;
    }

    AgreementView of(Agreement agreement) {
        var id = agreement.id();
        var partyIds = parties.findByIdAgreementIdOrderByIdPositionIndex(id).stream()
                .map(PartyRow::institutionId).toList();
        var signers = signatories.findByIdAgreementIdOrderByIdPositionIndex(id).stream()
                .map(SignatoryRow::toSignatory).toList();
        return new AgreementView(agreement, partyIds, signers);
    }

    /** Rewrites both lists; the caller's transaction makes the swap atomic. */
    AgreementView replace(Agreement agreement, List<UUID> partyIds, List<Signatory> signers) {
        var id = agreement.id();
        signatories.deleteByIdAgreementId(id);
        parties.deleteByIdAgreementId(id);
        parties.saveAll(IntStream.range(0, partyIds.size())
                .mapToObj(index -> new PartyRow(new AgreementRowKey(id, index), partyIds.get(index))).toList());
        signatories.saveAll(IntStream.range(0, signers.size())
                .mapToObj(index -> SignatoryRow.of(id, index, signers.get(index))).toList());
        return new AgreementView(agreement, List.copyOf(partyIds), List.copyOf(signers));
    }
}
