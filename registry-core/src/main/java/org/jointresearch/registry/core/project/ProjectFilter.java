package org.jointresearch.registry.core.project;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * What a list of projects may be narrowed by; an absent criterion narrows nothing. A discipline code
 * matches projects classified by it or by any code below it ("3.2" matches "3.2.1").
 */
public record ProjectFilter(@Nullable UUID institutionId, @Nullable String disciplineCode,
                            @Nullable ProjectStatus status, @Nullable UUID centreId, @Nullable UUID teamId,
                            @Nullable UUID personId) {

    public static ProjectFilter ofInstitution(UUID institutionId) {
        return new ProjectFilter(institutionId, null, null, null, null, null);
    }

    public static ProjectFilter ofTeam(UUID teamId) {
        return new ProjectFilter(null, null, null, null, teamId, null);
    }

    public static ProjectFilter ofCentre(UUID centreId) {
        return new ProjectFilter(null, null, null, centreId, null, null);
    }

    public static ProjectFilter ofPerson(UUID personId) {
        return new ProjectFilter(null, null, null, null, null, personId);
    }

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, null, null, null);
    }

    public static ProjectFilter ofDiscipline(String disciplineCode) {
        return new ProjectFilter(null, disciplineCode, null, null, null, null);
    }
}
