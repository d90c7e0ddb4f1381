package org.jointresearch.registry.search.query;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a paged search found: how many in all, the hits of this page, the cursor of the next page (null on the
 * last), and the aggregations asked for.
 */
public record ResultPage<T>(long total, List<Hit<T>> hits, @Nullable String nextCursor,
                            Map<String, Aggregate> aggregations) {

    /** The page with each hit turned into a result. */
    public <R> SearchResults<R> results(Function<Hit<T>, R> result) {
        return new SearchResults<>(total, hits.stream().map(result).toList(), nextCursor);
    }
}
