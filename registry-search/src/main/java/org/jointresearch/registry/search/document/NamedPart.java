package org.jointresearch.registry.search.document;

import io.micronaut.core.annotation.Nullable;

/** A record documents embed by id and name only: a centre, a team, a director. */
public record NamedPart(String id, String name, @Nullable String nameZh) {
}
