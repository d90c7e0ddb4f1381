package org.jointresearch.registry.api.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.person.Affiliation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A person's affiliation as requests and responses carry it: {@code {institutionId, position, from, to}}. */
@Serdeable
public record AffiliationBody(
        @Nullable UUID institutionId,
        @Nullable String position,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    static @Nullable List<Affiliation> toAffiliations(@Nullable List<AffiliationBody> bodies) {
        // A null entry stays null so that the core names it (affiliations[1]) instead of the API crashing on it.
        return bodies == null ? null : bodies.stream()
                .map(body -> body == null ? null : body.toAffiliation())
                .toList();
    }

    private Affiliation toAffiliation() {
        return new Affiliation(institutionId, position, from, to);
    }

    static List<AffiliationBody> of(List<Affiliation> affiliations) {
        return affiliations.stream()
                .map(a -> new AffiliationBody(a.institutionId(), a.position(), a.from(), a.to()))
                .toList();
    }
}
