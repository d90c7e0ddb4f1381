package org.jointresearch.registry.search.centre;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import org.jointresearch.registry.core.centre.CentreStatus;
import org.jointresearch.registry.search.query.Choices;
import org.jointresearch.registry.search.query.Filters;
import org.jointresearch.registry.search.query.FullText;
import org.jointresearch.registry.search.query.Highlights;
import org.jointresearch.registry.search.query.Paging;
import org.jointresearch.registry.search.query.PreparedSearch;
import org.jointresearch.registry.search.query.ResultOrder;
import org.jointresearch.registry.search.query.SearchText;

import java.util.List;

/** Builds centre searches from the caller's parameters, refusing those it cannot act on; needs no client. */
public final class CentreQueries {

    /** Names weigh most, then the description, then disciplines, institutions and directors. */
    static final List<String> FIELDS = List.of("name^5", "nameZh^5", "description^2", "disciplineNames^1.5",
            "institutions.name", "institutions.nameZh", "institutions.aliases", "directors.name", "directors.nameZh");
    static final ResultOrder BY_NAME = ResultOrder.alphabetical("name", "name.sort");
    static final List<ResultOrder> ORDERS = List.of(ResultOrder.RELEVANCE, BY_NAME,
            ResultOrder.newest("establishedOn"));

    private static final float EXACT_NAME = 100;
    private static final float NAME_PHRASE = 10;

    private CentreQueries() {
    }

    public static PreparedSearch search(CentreQuery query, String alias) {
        var text = SearchText.of("q", query.q());
        var order = ResultOrder.pick(query.sort(), ORDERS, text.isEmpty() ? BY_NAME : ResultOrder.RELEVANCE);
        var paging = Paging.of(order, query.size(), query.cursor());
        var filters = new Filters().term("institutions.id", query.institution()).discipline(query.discipline())
                .term("status", Choices.pick("status", query.status(), CentreStatus.class)).clauses();
        var matching = query(text, filters);
        return new PreparedSearch(SearchRequest.of(search -> paging.applyTo(Highlights.on(search.index(alias)
                .query(matching), text, List.of("name", "nameZh"), List.of("description")))), paging);
    }

    static Query query(SearchText text, List<Query> filters) {
        if (text.isEmpty()) {
            return FullText.browse(filters);
        }
        return FullText.scored(FullText.matching(text, FIELDS), filters,
                FullText.equalTo("name.exact", text, EXACT_NAME), FullText.phrase("name", text, NAME_PHRASE),
                FullText.phrase("nameZh", text, NAME_PHRASE));
    }
}
