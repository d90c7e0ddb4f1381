package org.jointresearch.registry.search.project;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * A project search as the caller put it, each parameter as received; {@link ProjectQueries} checks them.
 *
 * @param q             words to find in any of the project's texts and names
 * @param discipline    a discipline code; matches it and everything below it
 * @param status        PROPOSED, ACTIVE, COMPLETED or SUSPENDED
 * @param startYearFrom first year a project may start in
 * @param startYearTo   last year a project may start in
 * @param sort          relevance (the default with words), newest (the default without), or title
 * @param cursor        the {@code nextCursor} of the page before
 */
public record ProjectQuery(@Nullable String q, @Nullable String discipline, @Nullable UUID institution,
                           @Nullable UUID centre, @Nullable String status, @Nullable Integer startYearFrom,
                           @Nullable Integer startYearTo, @Nullable String sort, @Nullable Integer size,
                           @Nullable String cursor) {
}
