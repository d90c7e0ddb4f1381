package org.jointresearch.registry.core.project;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** One of the institutions taking part in a project. */
@MappedEntity("project_institution")
record ProjectInstitution(@EmbeddedId ProjectRowKey key, UUID institutionId) {
}
