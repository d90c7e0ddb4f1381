package org.jointresearch.registry.search.people;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * A search of people as the caller put it; {@link PeopleQueries} checks it.
 *
 * @param q           words to find in names (both scripts), expertise, disciplines, affiliations and projects
 * @param institution people affiliated with it
 * @param discipline  a discipline code; matches it and everything below it
 * @param sort        relevance (the default with words) or name (the default without)
 */
public record PersonQuery(@Nullable String q, @Nullable UUID institution, @Nullable String discipline,
                          @Nullable String sort, @Nullable Integer size, @Nullable String cursor) {
}
