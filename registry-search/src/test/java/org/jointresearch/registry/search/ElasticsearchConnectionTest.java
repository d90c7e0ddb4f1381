package org.jointresearch.registry.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.search.index.IndexSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ElasticsearchConnectionTest {

    @Inject
    ElasticsearchClient client;

    @Inject
    IndexSettings settings;

    @AfterEach
    void dropIndex() throws IOException {
        client.indices().delete(d -> d.index(index()).ignoreUnavailable(true));
    }

    private String index() {
        return settings.name("connection_check");
    }

    @Test
    void theClusterIsARealElasticsearchNine() throws IOException {
        var health = client.cluster().health();
        var nodes = client.nodes().info(n -> n.metric("jvm"));

        assertThat(health.status()).isIn(HealthStatus.Green, HealthStatus.Yellow);
        assertThat(nodes.nodes().values()).allSatisfy(node -> assertThat(node.version()).startsWith("9."));
    }

    @Test
    void aDocumentIndexedIsFoundByFullText() throws IOException {
        client.indices().create(c -> c.index(index()).settings(s -> s
                .numberOfShards(String.valueOf(settings.shards()))
                .numberOfReplicas(String.valueOf(settings.replicas()))));
        client.index(i -> i.index(index()).id("1").refresh(Refresh.True)
                .document(Map.of("title", "AI in medicine at the First Affiliated Hospital")));
        client.index(i -> i.index(index()).id("2").refresh(Refresh.True)
                .document(Map.of("title", "Student exchange programme")));

        @SuppressWarnings("rawtypes")
        var found = client.search(s -> s.index(index()).query(q -> q.match(m -> m.field("title").query("medicine"))),
                Map.class);

        assertThat(found.hits().hits()).extracting(hit -> hit.id()).containsExactly("1");
    }
}
