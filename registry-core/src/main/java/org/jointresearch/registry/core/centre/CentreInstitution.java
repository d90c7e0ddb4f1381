package org.jointresearch.registry.core.centre;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** One of the institutions that run a centre. */
@MappedEntity("centre_institution")
record CentreInstitution(@EmbeddedId CentreRowKey key, UUID institutionId) {
}
