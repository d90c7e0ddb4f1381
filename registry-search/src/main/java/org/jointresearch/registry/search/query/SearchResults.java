package org.jointresearch.registry.search.query;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** One page of results: how many there are in all, this page's, and the cursor of the next page (null on the last). */
public record SearchResults<T>(long total, List<T> items, @Nullable String nextCursor) {
}
