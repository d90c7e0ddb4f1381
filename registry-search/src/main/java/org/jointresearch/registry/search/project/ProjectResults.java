package org.jointresearch.registry.search.project;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.search.query.Facet;

import java.util.List;

/**
 * One page of a project search, the facets of all its results and the cursor of the next page (null on the
 * last). Discipline facets count each level of the tree; institution and discipline facets carry names.
 */
public record ProjectResults(long total, List<ProjectHit> items, List<Facet> disciplines, List<Facet> institutions,
                             List<Facet> statuses, List<Facet> startYears, @Nullable String nextCursor) {
}
