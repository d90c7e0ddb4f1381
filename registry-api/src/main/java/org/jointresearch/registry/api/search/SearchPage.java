package org.jointresearch.registry.api.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.search.query.SearchResults;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a search: {@code total} results in all, this page's {@code items}, and {@code nextCursor} to pass
 * as {@code cursor} for the next page (null on the last).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SearchPage<T>(long total, List<T> items, @Nullable String nextCursor) {

    static <R, T> SearchPage<T> of(SearchResults<R> results, Function<R, T> toItem) {
        return new SearchPage<>(results.total(), results.items().stream().map(toItem).toList(), results.nextCursor());
    }
}
