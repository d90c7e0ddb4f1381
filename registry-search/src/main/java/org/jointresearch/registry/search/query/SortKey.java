package org.jointresearch.registry.search.query;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;

/**
 * The key of a {@link ResultOrder}, with the kind of value Elasticsearch reports for it, which a cursor must
 * give back in the same kind.
 */
public record SortKey(String field, SortOrder direction, Kind kind) {

    /** The kind of a sort value: a relevance score, a number (dates are epoch milliseconds), a keyword. */
    public enum Kind { SCORE, NUMBER, KEYWORD }

    /** Most relevant first. */
    public static SortKey relevance() {
        return new SortKey("_score", SortOrder.Desc, Kind.SCORE);
    }

    /** Latest first; records without the date last. */
    public static SortKey latest(String dateField) {
        return new SortKey(dateField, SortOrder.Desc, Kind.NUMBER);
    }

    /** Alphabetical by a keyword field. */
    public static SortKey alphabetical(String keywordField) {
        return new SortKey(keywordField, SortOrder.Asc, Kind.KEYWORD);
    }

    /** The document id, unique, so that {@code search_after} never skips or repeats a result. */
    static SortKey tieBreaker() {
        return alphabetical("id");
    }

    SortOptions options() {
        if (kind == Kind.SCORE) {
            return SortOptions.of(sort -> sort.score(score -> score.order(direction)));
        }
        return SortOptions.of(sort -> sort.field(by -> by.field(field).order(direction).missing("_last")));
    }
}
