package org.jointresearch.registry.search.people;

import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import org.jointresearch.registry.search.query.Filters;
import org.jointresearch.registry.search.query.FullText;
import org.jointresearch.registry.search.query.Highlights;
import org.jointresearch.registry.search.query.Paging;
import org.jointresearch.registry.search.query.PreparedSearch;
import org.jointresearch.registry.search.query.ResultOrder;
import org.jointresearch.registry.search.query.SearchText;

import java.util.List;

/** Builds people searches from the caller's parameters, refusing those it cannot act on; needs no client. */
public final class PeopleQueries {

    /** By name, alphabetically: how people are listed without words, and how collaborators are without a topic. */
    public static final ResultOrder BY_NAME = ResultOrder.alphabetical("name", "name.sort");
    /** A name weighs most, then expertise, then disciplines and where the person works. */
    static final List<String> FIELDS = List.of("name^5", "nameZh^5", "expertise^3", "disciplineNames^1.5",
            "affiliations.name", "affiliations.nameZh", "affiliations.aliases", "affiliations.position");
    /** The person's projects, a nested list, so searched by a query of their own. */
    static final List<String> PROJECT_FIELDS = List.of("projects.title", "projects.keywords");

    /** Puts a person whose whole name is the text above every other. */
    private static final float EXACT_NAME = 100;

    private PeopleQueries() {
    }

    public static PreparedSearch search(PersonQuery query, String alias) {
        var text = SearchText.of("q", query.q());
        var order = ResultOrder.pick(query.sort(), List.of(ResultOrder.RELEVANCE, BY_NAME),
                text.isEmpty() ? BY_NAME : ResultOrder.RELEVANCE);
        var paging = Paging.of(order, query.size(), query.cursor());
        var filters = new Filters().term("affiliations.institutionId", query.institution())
                .discipline(query.discipline()).clauses();
        var matching = query(text, filters);
        return new PreparedSearch(SearchRequest.of(search -> paging.applyTo(Highlights.on(search.index(alias)
                .query(matching), text, List.of("name", "nameZh"), List.of("expertise")))), paging);
    }

    static Query query(SearchText text, List<Query> filters) {
        if (text.isEmpty()) {
            return FullText.browse(filters);
        }
        var projects = Query.of(q -> q.nested(nested -> nested.path("projects").scoreMode(ChildScoreMode.Max)
                .query(FullText.matching(text, PROJECT_FIELDS))));
        var ownTextOrProjects = Query.of(q -> q.bool(either -> either.should(FullText.matching(text, FIELDS), projects)
                .minimumShouldMatch("1")));
        return FullText.scored(ownTextOrProjects, filters, FullText.equalTo("name.exact", text, EXACT_NAME),
                FullText.phrase("nameZh", text, EXACT_NAME));
    }
}
