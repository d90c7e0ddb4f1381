package org.jointresearch.registry.search.suggest;

import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.search.query.Filters;
import org.jointresearch.registry.search.query.FullText;
import org.jointresearch.registry.search.query.SearchText;

/** Builds the as-you-type request over the {@code suggestions} index; needs no client. */
public final class SuggestQueries {

    /** A name or alias typed in full comes first: "浙大" is Zhejiang University before 浙大一院. */
    private static final float EXACT = 20;
    /** Then names that go on as typed: "AI in" is AI in medicine before a title with AI and "intensive". */
    private static final float CONTINUED = 5;

    private SuggestQueries() {
    }

    /**
     * Entries with a word beginning with each typed word, in English, Chinese or an alias ({@code complete},
     * edge n-grams of every word); the best first, then alphabetically.
     */
    public static SearchRequest request(SearchText text, @Nullable SuggestionKind kind, int size, String alias) {
        var typed = text.value();
        var filters = new Filters().term("kind", kind == null ? null : kind.label()).clauses();
        var query = Query.of(q -> q.bool(b -> b
                .must(must -> must.match(m -> m.field("complete").query(typed).operator(Operator.And)))
                .should(FullText.equalTo("label.exact", text, EXACT), FullText.equalTo("aliases.exact", text, EXACT),
                        Query.of(s -> s.constantScore(c -> c.boost(CONTINUED)
                                .filter(f -> f.matchPhrasePrefix(p -> p.field("label").query(typed))))))
                .filter(filters)));
        return SearchRequest.of(search -> search.index(alias).query(query).size(size)
                .sort(SortOptions.of(s -> s.score(score -> score.order(SortOrder.Desc))),
                        SortOptions.of(s -> s.field(f -> f.field("label.sort").order(SortOrder.Asc)))));
    }
}
