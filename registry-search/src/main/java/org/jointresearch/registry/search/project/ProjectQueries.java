package org.jointresearch.registry.search.project;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.SourceConfig;
import co.elastic.clients.util.ObjectBuilder;
import org.jointresearch.registry.core.project.ProjectStatus;
import org.jointresearch.registry.search.query.Choices;
import org.jointresearch.registry.search.query.Facets;
import org.jointresearch.registry.search.query.Filters;
import org.jointresearch.registry.search.query.FullText;
import org.jointresearch.registry.search.query.Highlights;
import org.jointresearch.registry.search.query.Paging;
import org.jointresearch.registry.search.query.PreparedSearch;
import org.jointresearch.registry.search.query.ResultOrder;
import org.jointresearch.registry.search.query.SearchParameterException;
import org.jointresearch.registry.search.query.SearchText;

import java.util.List;
import java.util.Map;

/**
 * Builds the requests of project search and of similar projects from the caller's parameters, refusing those
 * it cannot act on. It needs no client: a unit test renders what it builds to JSON.
 */
public final class ProjectQueries {

    /** Where words are looked for, and how much a match weighs: title over summary over the rest. */
    static final List<String> FIELDS = List.of("title^6", "summary^3", "keywords^2", "disciplineNames^1.5",
            "institutions.name", "institutions.nameZh", "institutions.aliases", "centre.name", "centre.nameZh",
            "team.name", "team.nameZh", "people.name", "people.nameZh");
    /** The project's own text, which similar projects are found by. */
    static final List<String> SIMILAR_FIELDS = List.of("title", "summary", "keywords", "disciplineNames");
    static final ResultOrder NEWEST = ResultOrder.newest("startsOn");
    static final List<ResultOrder> ORDERS = List.of(ResultOrder.RELEVANCE, NEWEST,
            ResultOrder.alphabetical("title", "title.sort"));
    static final String DISCIPLINE_FACET = "discipline";
    static final String INSTITUTION_FACET = "institution";
    static final String STATUS_FACET = "status";
    static final String YEAR_FACET = "startYear";

    /** Puts a project whose whole title is the text above every other. */
    private static final float EXACT_TITLE = 100;
    private static final float TITLE_PHRASE = 5;
    private static final float EXACT_INSTITUTION = 5;

    private ProjectQueries() {
    }

    /** The search the parameters ask for: words, filters, facets, highlights, order and page. */
    public static PreparedSearch search(ProjectQuery query, String alias) {
        var text = SearchText.of("q", query.q());
        var order = ResultOrder.pick(query.sort(), ORDERS, text.isEmpty() ? NEWEST : ResultOrder.RELEVANCE);
        var paging = Paging.of(order, query.size(), query.cursor());
        var matching = query(text, filters(query));
        return new PreparedSearch(SearchRequest.of(search -> paging.applyTo(Highlights.on(search.index(alias)
                .query(matching).aggregations(facets()).source(ProjectQueries::shown), text,
                List.of("title", "keywords"), List.of("summary")))), paging);
    }

    /** The body of the request {@link #search} builds, as JSON: the identical query, for whoever sends it to the engine directly. */
    public static String searchBody(ProjectQuery query, String alias) {
        return JsonpUtils.toJsonString(search(query, alias).request(), new JacksonJsonpMapper());
    }

    /** More like this one project, by its own text, never the project itself. */
    public static PreparedSearch similar(String projectId, String alias, Paging paging) {
        var like = Query.of(q -> q.moreLikeThis(more -> more.fields(SIMILAR_FIELDS)
                .like(l -> l.document(document -> document.index(alias).id(projectId)))
                // The registry is small: a word used twice in one project and by one other is telling.
                .minTermFreq(1).minDocFreq(1).maxQueryTerms(40).include(false)));
        return new PreparedSearch(SearchRequest.of(search -> paging.applyTo(search.index(alias).query(like)
                .source(ProjectQueries::shown))), paging);
    }

    private static ObjectBuilder<SourceConfig> shown(SourceConfig.Builder source) {
        return source.filter(filter -> filter.includes(ShownProject.FIELDS));
    }

    static Query query(SearchText text, List<Query> filters) {
        if (text.isEmpty()) {
            return FullText.browse(filters);
        }
        return FullText.scored(FullText.matching(text, FIELDS), filters,
                FullText.equalTo("title.exact", text, EXACT_TITLE), FullText.phrase("title", text, TITLE_PHRASE),
                FullText.equalTo("institutions.name.exact", text, EXACT_INSTITUTION),
                FullText.equalTo("institutions.aliases.exact", text, EXACT_INSTITUTION));
    }

    static List<Query> filters(ProjectQuery query) {
        var from = query.startYearFrom();
        var to = query.startYearTo();
        if (from != null && to != null && from > to) {
            throw new SearchParameterException("startYearTo", "must not be before startYearFrom");
        }
        return new Filters().discipline(query.discipline())
                .term("institutions.id", query.institution())
                .term("centre.id", query.centre())
                .term("status", Choices.pick("status", query.status(), ProjectStatus.class))
                .between("startYear", from, to)
                .clauses();
    }

    /** Disciplines count every level of the tree, so a discipline's count is what filtering by it leaves. */
    static Map<String, Aggregation> facets() {
        return Map.of(DISCIPLINE_FACET, Facets.mostFrequent("disciplineAncestors", 100),
                INSTITUTION_FACET, Facets.mostFrequent("institutions.id", 50),
                STATUS_FACET, Facets.mostFrequent("status", ProjectStatus.values().length),
                YEAR_FACET, Facets.greatestFirst("startYear", 100));
    }
}
