package org.jointresearch.registry.core.programme;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** One of the institutions that send people to a programme or receive them besides the host. */
@MappedEntity("programme_partner")
record ProgrammePartner(@EmbeddedId ProgrammeRowKey key, UUID institutionId) {
}
