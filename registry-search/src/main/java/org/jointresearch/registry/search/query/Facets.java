package org.jointresearch.registry.search.query;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.util.NamedValue;

import java.util.List;
import java.util.Map;

/**
 * Facets: counts of the results by the values of a keyword or number field, computed over the filtered
 * results, so that picking a value as a filter leaves exactly as many results as its count said.
 */
public final class Facets {

    private Facets() {
    }

    /** The most frequent values first, ties alphabetically. */
    public static Aggregation mostFrequent(String field, int size) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)
                .order(List.of(NamedValue.of("_count", SortOrder.Desc), NamedValue.of("_key", SortOrder.Asc)))));
    }

    /** The greatest values first, for years. */
    public static Aggregation greatestFirst(String field, int size) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(size)
                .order(List.of(NamedValue.of("_key", SortOrder.Desc)))));
    }

    /** The values counted by a terms aggregation over a keyword or a number field, unnamed; none when it is missing. */
    public static List<Facet> counts(Map<String, Aggregate> aggregations, String name) {
        var aggregate = aggregations.get(name);
        if (aggregate == null) {
            return List.of();
        }
        if (aggregate.isLterms()) {
            return aggregate.lterms().buckets().array().stream()
                    .map(bucket -> new Facet(String.valueOf(bucket.key()), null, null, bucket.docCount())).toList();
        }
        if (aggregate.isSterms()) {
            return aggregate.sterms().buckets().array().stream()
                    .map(bucket -> new Facet(bucket.key().stringValue(), null, null, bucket.docCount())).toList();
        }
        return List.of();
    }
}
