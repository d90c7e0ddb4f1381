package org.jointresearch.registry.search.collaborators;

import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.search.people.PeopleQueries;
import org.jointresearch.registry.search.query.Filters;
import org.jointresearch.registry.search.query.FullText;
import org.jointresearch.registry.search.query.Highlights;
import org.jointresearch.registry.search.query.Paging;
import org.jointresearch.registry.search.query.PreparedSearch;
import org.jointresearch.registry.search.query.ResultOrder;
import org.jointresearch.registry.search.query.SearchText;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Builds the collaborator search over the {@code people} index; needs no client.
 * <p>
 * Why the people index and not a search of projects grouped by person: a person's document holds both halves
 * of the evidence, their expertise and their projects (a nested list, so each project matches or not on its
 * own), and their affiliations, which the filters need. One query then ranks people by both halves, pages
 * them with a cursor like every other search, and {@code inner_hits} names the projects that matched with the
 * person's role in each. Projects grouped by person could not rank by expertise, could not filter on where a
 * person works, and a terms aggregation cannot be paged by cursor. The price is size: each person's document
 * repeats their projects' title, keywords and discipline names, which the indexer keeps current (not their
 * summaries, see {@link org.jointresearch.registry.search.people.PersonDocument.Work}).
 */
public final class CollaboratorQueries {

    /** The name of the inner hits that carry the evidence. */
    static final String EVIDENCE = "projects";
    static final int EVIDENCE_SIZE = 10;
    static final List<String> EXPERTISE_FIELDS = List.of("expertise^3", "disciplineNames");
    /** A project's text as the project search weighs it: title over the rest. */
    static final List<String> PROJECT_FIELDS = List.of("projects.title^6", "projects.keywords^2",
            "projects.disciplineNames^1.5");

    private CollaboratorQueries() {
    }

    /** The search; {@code partners} are the ids {@code partnerOf} stands for, null when it was not given. */
    public static PreparedSearch search(CollaboratorQuery query, @Nullable Collection<UUID> partners,
                                        String alias) {
        var topic = SearchText.of("topic", query.topic());
        var paging = Paging.of(topic.isEmpty() ? PeopleQueries.BY_NAME : ResultOrder.RELEVANCE, query.size(),
                query.cursor());
        var filters = new Filters().term("affiliations.institutionId", query.institution())
                .discipline(query.discipline()).except(query.exclude());
        if (partners != null) {
            filters.anyOf("affiliations.institutionId", partners);
        }
        var matching = query(topic, filters.clauses());
        return new PreparedSearch(SearchRequest.of(search -> paging.applyTo(Highlights.on(search.index(alias)
                .query(matching), topic, List.of(), List.of("expertise")))), paging);
    }

    /**
     * Expertise and projects each add to a person's score; every matching project adds its own, so a record
     * of work on the topic counts beside what a person says of themself.
     */
    static Query query(SearchText topic, List<Query> filters) {
        if (topic.isEmpty()) {
            return FullText.browse(filters);
        }
        var expertise = FullText.matching(topic, EXPERTISE_FIELDS);
        var projects = Query.of(q -> q.nested(nested -> nested.path("projects").scoreMode(ChildScoreMode.Sum)
                .query(FullText.matching(topic, PROJECT_FIELDS))
                .innerHits(inner -> inner.name(EVIDENCE).size(EVIDENCE_SIZE))));
        return Query.of(q -> q.bool(b -> b.should(expertise, projects).minimumShouldMatch("1").filter(filters)));
    }
}
