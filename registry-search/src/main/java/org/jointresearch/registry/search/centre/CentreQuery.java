package org.jointresearch.registry.search.centre;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * A search of joint research centres as the caller put it; {@link CentreQueries} checks it.
 *
 * @param q      words to find in names (both scripts), description, disciplines, institutions and directors
 * @param status PLANNED, ACTIVE or CLOSED
 * @param sort   relevance (the default with words), name (the default without) or newest
 */
public record CentreQuery(@Nullable String q, @Nullable UUID institution, @Nullable String discipline,
                          @Nullable String status, @Nullable String sort, @Nullable Integer size,
                          @Nullable String cursor) {
}
