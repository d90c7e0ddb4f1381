package org.jointresearch.registry.api.admin;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import io.micronaut.context.BeanContext;
import org.jointresearch.registry.api.Eventually;
import org.jointresearch.registry.search.document.Lookups;
import org.jointresearch.registry.search.index.DocumentRef;
import org.jointresearch.registry.search.index.Documents;
import org.jointresearch.registry.search.index.IndexSettings;
import org.jointresearch.registry.search.index.RegistryIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Compares what the search indexes hold with the documents the database gives now. */
final class IndexCheck {

    private final ElasticsearchClient client;
    private final IndexSettings settings;
    private final Documents documents;
    private final Lookups lookups;

    IndexCheck(BeanContext context) {
        this.client = context.getBean(ElasticsearchClient.class);
        this.settings = context.getBean(IndexSettings.class);
        this.documents = context.getBean(Documents.class);
        this.lookups = context.getBean(Lookups.class);
    }

    /** Fails unless, once refreshed, the index holds documents for exactly these ids, each as the database gives it. */
    void assertHoldsExactly(RegistryIndex index, Collection<String> ids) {
        send(() -> client.indices().refresh(refresh -> refresh.index(settings.alias(index))));
        var indexed = indexed(index, Query.of(q -> q.matchAll(all -> all)));
        assertThat(indexed.keySet()).as(index.suffix()).containsExactlyInAnyOrderElementsOf(ids);
        ids.forEach(id -> assertThat(indexed.get(id)).as(index.suffix() + "/" + id).isEqualTo(expected(index, id)));
    }

    /** Waits until the indexed document equals the one the database gives now. */
    void awaitAsTheDatabaseHoldsIt(RegistryIndex index, String id) {
        var expected = expected(index, id);
        await(index.suffix() + "/" + id + " as the database holds it",
                () -> Optional.ofNullable(indexed(index, Query.of(q -> q.ids(ids -> ids.values(id)))).get(id)),
                found -> found.equals(Optional.ofNullable(expected)));
    }

    static <T> T await(String what, Supplier<T> read, Predicate<T> until) {
        return Eventually.await(what, read, until);
    }

    /** The document the database gives now, as the JSON map Elasticsearch would store; null when there is none. */
    private Object expected(RegistryIndex index, String id) {
        var source = documents.build(new DocumentRef(index, id), lookups.open()).source();
        return source == null ? null : JsonData.of(source).to(Map.class, client._jsonpMapper());
    }

    /** The documents a search finds, by id, as JSON maps. */
    private Map<String, Object> indexed(RegistryIndex index, Query query) {
        return send(() -> client.search(search -> search.index(settings.alias(index)).query(query).size(10_000),
                Map.class)).hits().hits().stream().collect(Collectors.toMap(Hit::id, hit -> (Object) hit.source()));
    }

    private static <T> T send(Request<T> request) {
        try {
            return request.send();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Request<T> {
        T send() throws IOException;
    }
}
