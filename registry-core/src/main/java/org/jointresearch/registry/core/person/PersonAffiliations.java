package org.jointresearch.registry.core.person;

import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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

    /** The affiliations of each of these people, in one query; a person with none is left out. */
    Map<UUID, List<Affiliation>> of(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return rows.findByIdPersonIdInOrderByIdPositionIndex(personIds).stream()
                .collect(Collectors.groupingBy(row -> row.id().personId(),
                        Collectors.mapping(AffiliationRow::toAffiliation, Collectors.toList())));
    }

    /** Writes the affiliations of people who have none yet, in one batch; answers them by person. */
    Map<UUID, List<Affiliation>> addAll(Map<UUID, List<Affiliation>> byPerson) {
        rows.saveAll(byPerson.entrySet().stream().flatMap(person -> IntStream.range(0, person.getValue().size())
                .mapToObj(index -> AffiliationRow.of(person.getKey(), index, person.getValue().get(index)))).toList());
        return byPerson.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, person -> List.copyOf(person.getValue())));
    }

    /** Rewrites the whole list; the caller's transaction makes the swap atomic. */
    List<Affiliation> replace(UUID personId, List<Affiliation> affiliations) {
        rows.deleteByIdPersonId(personId);
        rows.saveAll(IntStream.range(0, affiliations.size())
                .mapToObj(index -> AffiliationRow.of(personId, index, affiliations.get(index))).toList());
        return List.copyOf(affiliations);
    }
}
