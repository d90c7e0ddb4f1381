package org.jointresearch.registry.core.person;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * What a list of people may be narrowed by; an absent criterion narrows nothing.
 *
 * @param institutionId people with an affiliation there, past or present
 * @param disciplineCode people classified by this discipline or one below it
 * @param nameContains people whose name (in either script) contains this text, ignoring case
 */
public record PersonFilter(@Nullable UUID institutionId, @Nullable String disciplineCode,
                           @Nullable String nameContains) {

    public PersonFilter {
        // An empty search box means no name filter, not "names containing nothing".
        nameContains = nameContains == null || nameContains.isBlank() ? null : nameContains.strip();
    }

    public static PersonFilter ofDiscipline(String disciplineCode) {
        return new PersonFilter(null, disciplineCode, null);
    }

    public static PersonFilter none() {
        return new PersonFilter(null, null, null);
    }

    public static PersonFilter ofInstitution(UUID institutionId) {
        return new PersonFilter(institutionId, null, null);
    }
}
