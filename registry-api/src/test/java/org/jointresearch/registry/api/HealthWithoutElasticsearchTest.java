package org.jointresearch.registry.api;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Elasticsearch unreachable the registry keeps serving and says which part is down. The
 * answer stays 200 on purpose: records can still be read and written (the outbox keeps the changes
 * for the index), so a load balancer should keep sending traffic.
 */
@MicronautTest(transactional = false)
@Property(name = "elasticsearch.httpHosts", value = "http://127.0.0.1:9")
class HealthWithoutElasticsearchTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    @SuppressWarnings("unchecked")
    void reportsElasticsearchDownAndTheDatabaseUpWhileServingRequests() {
        var api = new ApiClient(http);

        var health = api.get("/api/v1/health");
        var details = (Map<String, Map<String, Object>>) health.get("details");

        assertThat(health.get("status")).isEqualTo("DOWN");
        assertThat(details.get("elasticsearchclient")).containsEntry("status", "DOWN");
        assertThat(details.get("jdbc")).containsEntry("status", "UP");
        assertThat(api.get("/api/v1/institutions").status()).isEqualTo(200);
    }
}
