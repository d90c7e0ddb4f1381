package org.jointresearch.registry.core.centre;

import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

import java.util.UUID;

/** One of a centre's directors. */
@MappedEntity("centre_director")
record CentreDirector(@EmbeddedId CentreRowKey key, UUID personId) {
}
