package org.jointresearch.registry.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class HealthTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    @SuppressWarnings("unchecked")
    void reportsTheDatabaseAndElasticsearchSeparatelyAsUp() {
        var response = http.toBlocking().exchange(HttpRequest.GET("/api/v1/health"),
                Argument.mapOf(String.class, Object.class));

        assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
        var body = response.body();
        assertThat(body).containsEntry("status", "UP");
        var details = (Map<String, Map<String, Object>>) body.get("details");
        assertThat(details.get("jdbc")).containsEntry("status", "UP");
        assertThat(details.get("elasticsearchclient")).containsEntry("status", "UP");
    }
}
