package org.jointresearch.registry.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import jakarta.inject.Singleton;
import org.jointresearch.registry.search.index.IndexSettings;
import org.jointresearch.registry.search.index.RegistryIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Looks into the indexes the way a search would: through the aliases, seeing what has been refreshed. */
@Singleton
public class IndexProbe {

    private final ElasticsearchClient client;
    private final IndexSettings settings;

    public IndexProbe(ElasticsearchClient client, IndexSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** The document a search finds under {@code id}, if any. */
    public <T> Optional<T> find(RegistryIndex index, Object id, Class<T> type) {
        return search(index, Query.of(q -> q.ids(ids -> ids.values(id.toString()))), type).stream().findFirst();
    }

    /** Waits until the document a search finds under {@code id} equals {@code expected} (absent for null). */
    public <T> void awaitEqual(RegistryIndex index, Object id, Class<T> type, T expected) {
        Eventually.await(index.suffix() + "/" + id + " equal to " + expected, () -> find(index, id, type),
                found -> Objects.equals(found.orElse(null), expected));
    }

    /** The ids of the documents a query finds, up to 10,000. */
    public List<String> ids(RegistryIndex index, Query query) {
        return hits(index, query, Map.class).stream().map(Hit::id).toList();
    }

    public <T> List<T> search(RegistryIndex index, Query query, Class<T> type) {
        return hits(index, query, type).stream().map(Hit::source).toList();
    }

    private <T> List<Hit<T>> hits(RegistryIndex index, Query query, Class<T> type) {
        try {
            return client.search(search -> search.index(settings.alias(index)).query(query).size(10_000), type)
                    .hits().hits();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
