package org.jointresearch.registry.core.person;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** A person with the affiliations that live in their own table: what the registry says about someone. */
@Serdeable
public record PersonView(@JsonUnwrapped Person person, List<Affiliation> affiliations) {

    public UUID id() {
        return person.id();
    }

    public long version() {
        return person.version();
    }
}
