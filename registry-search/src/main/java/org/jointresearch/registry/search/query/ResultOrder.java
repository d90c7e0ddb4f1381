package org.jointresearch.registry.search.query;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * An order results can be listed in: the value of the {@code sort} parameter that asks for it, and the key it
 * sorts by before the document id that breaks every tie.
 */
public record ResultOrder(String label, SortKey key) {

    /** Most relevant first. */
    public static final ResultOrder RELEVANCE = new ResultOrder("relevance", SortKey.relevance());

    /** Latest first by a date; records without one last. */
    public static ResultOrder newest(String dateField) {
        return new ResultOrder("newest", SortKey.latest(dateField));
    }

    /** Alphabetical by a keyword field, e.g. {@code title} by {@code title.sort}. */
    public static ResultOrder alphabetical(String label, String keywordField) {
        return new ResultOrder(label, SortKey.alphabetical(keywordField));
    }

    /** The order the {@code sort} parameter names among those offered, the default when it names none. */
    public static ResultOrder pick(@Nullable String sort, List<ResultOrder> offered, ResultOrder byDefault) {
        var picked = Choices.pick("sort", sort, offered, ResultOrder::label);
        return picked == null ? byDefault : picked;
    }

    /** The keys results are sorted by: the order's own, then the id. */
    List<SortKey> keys() {
        return List.of(key, SortKey.tieBreaker());
    }
}
