package org.jointresearch.registry.search.query;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.json.JsonData;
import jakarta.inject.Singleton;
import org.jointresearch.registry.search.index.Requests;

import java.util.List;

/** Runs the searches the feature packages build, turning the answer into pages and typed values. */
@Singleton
public class Searches {

    private final ElasticsearchClient client;

    Searches(ElasticsearchClient client) {
        this.client = client;
    }

    /** One page of a search built with {@link Paging#applyTo}, with the cursor of the page after it. */
    public <T> ResultPage<T> page(SearchRequest request, Paging paging, Class<T> type) {
        var response = search(request, type);
        var hits = response.hits().hits();
        var shown = hits.subList(0, Math.min(hits.size(), paging.size()));
        var next = hits.size() > paging.size()
                ? new Cursor(paging.order().label(), shown.getLast().sort()).encode() : null;
        var total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new ResultPage<>(total, List.copyOf(shown), next, response.aggregations());
    }

    /** The hits of a search that is not paged. */
    public <T> SearchResponse<T> search(SearchRequest request, Class<T> type) {
        return Requests.send("searching " + request.index(), () -> client.search(request, type));
    }

    /** A part of a document, such as an inner hit's source, as a typed value. */
    public <T> T read(JsonData json, Class<T> type) {
        return json.to(type, client._jsonpMapper());
    }
}
