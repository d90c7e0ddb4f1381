package org.jointresearch.registry.core.person;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** Reads and replaces a person's affiliations, which are stored one row each in list order. */
@Singleton
class PersonAffiliations {

    private final AffiliationRepository rows;

    PersonAffiliations(AffiliationRepository rows) {
        this.rows = rows;
    }

    List<Affiliation> of(UUID personId) {
        return rows.findByIdPersonIdOrderByIdPositionIndex(personId).stream()
                .map(AffiliationRow::toAffiliation).toList();
    }

    /** Rewrites the whole list; the caller's transaction makes the swap atomic. */
    List<Affiliation> replace(UUID personId, List<Affiliation> affiliations) {
        rows.deleteByIdPersonId(personId);
        rows.saveAll(IntStream.range(0, affiliations.size())
                .mapToObj(index -> AffiliationRow.of(personId, index, affiliations.get(index))).toList());
        return List.copyOf(affiliations);
    }
}
