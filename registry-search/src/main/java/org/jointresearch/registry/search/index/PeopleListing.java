package org.jointresearch.registry.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Asks the {@code people} index which person documents list a project. The database knows who is on a
 * project now; only the index knows who was when it last indexed them, and so whose document must drop a
 * project they were taken off.
 */
@Singleton
class PeopleListing {

    /** More than a project may have people (200), so one page answers. */
    private static final int ENOUGH = 1000;

    private final ElasticsearchClient client;
    private final IndexSettings settings;

    PeopleListing(ElasticsearchClient client, IndexSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** For each project id, the ids of the person documents that list it; one request for all of them. */
    Map<String, Set<String>> of(List<String> projectIds) {
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        var alias = settings.alias(RegistryIndex.PEOPLE);
        var searches = projectIds.stream().map(id -> RequestItem.of(item -> item.header(header -> header.index(alias))
                .body(body -> body.query(listing(id)).source(source -> source.fetch(false)).size(ENOUGH)))).toList();
        var answers = Requests.send("finding the people of " + projectIds.size() + " projects",
                () -> client.msearch(request -> request.searches(searches), Void.class)).responses();
        var listed = new HashMap<String, Set<String>>();
        for (int i = 0; i < answers.size(); i++) {
            var answer = answers.get(i);
            if (answer.isFailure()) {
                throw new ElasticsearchException("msearch", answer.failure());
            }
            listed.put(projectIds.get(i),
                    answer.result().hits().hits().stream().map(Hit::id).collect(Collectors.toSet()));
        }
        return listed;
    }

    static Query listing(String projectId) {
        return Query.of(query -> query.nested(nested -> nested.path("projects")
                .query(inner -> inner.term(term -> term.field("projects.id").value(projectId)))));
    }
}
