package org.jointresearch.registry.core.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.LocalDate;
import java.util.UUID;

/** One row of {@code person_affiliation}: the affiliation at one position of a person's list. */
@MappedEntity("person_affiliation")
record AffiliationRow(
        @EmbeddedId Key id,
        UUID institutionId,
        @Nullable String position,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn) {

    static AffiliationRow of(UUID personId, int index, Affiliation affiliation) {
        return new AffiliationRow(new Key(personId, index), affiliation.institutionId(), affiliation.position(),
                affiliation.from(), affiliation.to());
    }

    Affiliation toAffiliation() {
        return new Affiliation(institutionId, position, startsOn, endsOn);
    }

    /** The person and the place in the person's list. */
    @Embeddable
    record Key(@MappedProperty("person_id") UUID personId, @MappedProperty("position_index") int positionIndex) {
    }
}
