package org.jointresearch.registry.search.people;

import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;
import org.jointresearch.registry.search.query.Choices;
import org.jointresearch.registry.search.query.Filters;
import org.jointresearch.registry.search.query.FullText;
import org.jointresearch.registry.search.query.Paging;
import org.jointresearch.registry.search.query.PreparedSearch;
import org.jointresearch.registry.search.query.SearchText;

import java.util.List;
import java.util.Objects;

/** Builds people searches from the caller's parameters, refusing those it cannot act on; needs no client. */
public final class PeopleQueries {

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
        var order = Objects.requireNonNullElse(
                Choices.pick("sort", query.sort(), PeopleOrder.class, PeopleOrder::label),
                text.isEmpty() ? PeopleOrder.NAME : PeopleOrder.RELEVANCE);
        var paging = Paging.of(order, query.size(), query.cursor());
        var filters = new Filters().term("affiliations.institutionId", query.institution())
                .discipline(query.discipline()).clauses();
        var matching = query(text, filters);
        return new PreparedSearch(SearchRequest.of(search -> paging.applyTo(search.index(alias).query(matching)
                .highlight(highlight()))), paging);
    }

    static Query query(SearchText text, List<Query> filters) {
        if (text.isEmpty()) {
            return Query.of(q -> q.bool(b -> b.filter(filters)));
        }
        var ownText = FullText.matching(text, FIELDS);
        var projects = Query.of(q -> q.nested(nested -> nested.path("projects").scoreMode(ChildScoreMode.Max)
                .query(FullText.matching(text, PROJECT_FIELDS))));
        return Query.of(q -> q.bool(b -> b.filter(filters)
                .must(must -> must.bool(either -> either.should(ownText, projects).minimumShouldMatch("1")))
                .should(FullText.equalTo("name.exact", text, EXACT_NAME), FullText.phrase("nameZh", text, EXACT_NAME))));
    }

    static Highlight highlight() {
        return Highlight.of(h -> h.encoder(HighlighterEncoder.Html).fields(
                NamedValue.of("name", HighlightField.of(f -> f.numberOfFragments(0))),
                NamedValue.of("nameZh", HighlightField.of(f -> f.numberOfFragments(0))),
                NamedValue.of("expertise", HighlightField.of(f -> f.fragmentSize(160).numberOfFragments(2)))));
    }
}
