package org.jointresearch.registry.core.project;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** The row of one person working on a project. */
@MappedEntity("project_person")
record ProjectPersonRow(@EmbeddedId ProjectRowKey key, UUID personId, ProjectRole role) {

    static ProjectPersonRow of(ProjectRowKey key, ProjectPerson person) {
        return new ProjectPersonRow(key, person.personId(), person.role());
    }

    ProjectPerson toPerson() {
        return new ProjectPerson(personId, role);
    }
}
