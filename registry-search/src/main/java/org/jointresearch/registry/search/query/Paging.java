package org.jointresearch.registry.search.query;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.micronaut.core.annotation.Nullable;


/**
 * One page of results: their order, how many, and the cursor it continues from. Pages follow each other by
 * {@code search_after} on the order's keys and the document id, never by offset, so paging deep costs no
 * more than the first page and a page neither repeats nor skips a result of the one before.
 */
public record Paging(ResultOrder order, int size, @Nullable Cursor after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** From the {@code size} and {@code cursor} parameters, with the usual default and maximum sizes. */
    public static Paging of(ResultOrder order, @Nullable Integer size, @Nullable String cursor) {
        return of(order, size, DEFAULT_SIZE, MAX_SIZE, cursor);
    }

    public static Paging of(ResultOrder order, @Nullable Integer size, int defaultSize, int maxSize,
                            @Nullable String cursor) {
        return new Paging(order, size(size, defaultSize, maxSize),
                cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor, order));
    }

    /** The {@code size} parameter: above the maximum it is lowered to it, as in the registry's lists; below 1 refused. */
    public static int size(@Nullable Integer size, int defaultSize, int maxSize) {
        if (size != null && size < 1) {
            throw new SearchParameterException("size", "must be between 1 and " + maxSize);
        }
        return size == null ? defaultSize : Math.min(size, maxSize);
    }

    /** Sorts, starts after the cursor, and asks for one result more than the page shows, to tell whether more follow. */
    public SearchRequest.Builder applyTo(SearchRequest.Builder search) {
        search.sort(order.keys().stream().map(SortKey::options).toList()).size(size + 1)
                .trackTotalHits(total -> total.enabled(true));
        if (after != null) {
            search.searchAfter(after.after());
        }
        return search;
    }
}
