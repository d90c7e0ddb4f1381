package org.jointresearch.registry.search.collaborators;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * "Who works on this topic?" as the caller put it; {@link CollaboratorQueries} checks it.
 *
 * @param topic       words describing the work; without any, everyone the filters leave, by name
 * @param institution people affiliated with it
 * @param partnerOf   people affiliated with an institution that shares an agreement with this one
 * @param discipline  a discipline code; matches it and everything below it
 * @param exclude     a person to leave out, usually the one asking
 */
public record CollaboratorQuery(@Nullable String topic, @Nullable UUID institution, @Nullable UUID partnerOf,
                                @Nullable String discipline, @Nullable UUID exclude, @Nullable Integer size,
                                @Nullable String cursor) {
}
