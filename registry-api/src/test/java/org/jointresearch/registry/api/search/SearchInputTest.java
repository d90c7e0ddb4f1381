package org.jointresearch.registry.api.search;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.SearchUri;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a caller sends a search, it answers 200 or a 4xx problem, never a 5xx: parameters it cannot act on
 * are refused by name, and hundreds of random requests (seeded) to every search endpoint find no failure.
 */
@MicronautTest(transactional = false)
@Property(name = "registry.demo-data", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchInputTest {

    private static final Logger LOG = LoggerFactory.getLogger(SearchInputTest.class);
    private static final String PROJECTS = "/api/v1/search/projects";
    private static final int REQUESTS_PER_ENDPOINT = 150;

    @Inject
    @Client("/")
    HttpClient http;

    private ApiClient anyone;

    @BeforeAll
    void awaitTheDemoWorldIndexed() {
        var admin = new ApiClient(http);
        SearchCorpus.demoWorld(admin);
        anyone = admin.anonymous();
    }

    @Test
    void refusesWhatNoSearchCanActOnNamingTheParameter() {
        var newest = (String) anyone.get(PROJECTS + "?sort=newest&size=1").get("nextCursor");
        var refusals = new TreeMap<String, String>(Map.of(
                SearchUri.of(PROJECTS, "sort", "popularity"), "sort",
                SearchUri.of(PROJECTS, "status", "DONE"), "status",
                SearchUri.of(PROJECTS, "q", "x".repeat(501)), "q",
                SearchUri.of(PROJECTS, "cursor", "bm90IGEgY3Vyc29y"), "cursor",
                SearchUri.of(PROJECTS, "sort", "title", "cursor", newest), "cursor",
                SearchUri.of(PROJECTS, "discipline", "medicine"), "discipline",
                SearchUri.of(PROJECTS, "size", "0"), "size",
                SearchUri.of(PROJECTS, "startYearFrom", "2025", "startYearTo", "2020"), "startYearTo",
                SearchUri.of("/api/v1/search/suggest", "q", "ab", "kind", "planet"), "kind",
                SearchUri.of("/api/v1/search/collaborators", "topic", "t".repeat(600)), "topic"));
        refusals.put(SearchUri.of("/api/v1/search/centres", "status", "COMPLETED"), "status");
        refusals.put(SearchUri.of("/api/v1/search/people", "sort", "newest"), "sort");

        refusals.forEach((uri, parameter) -> {
            var reply = anyone.get(uri);
            assertThat(reply.status()).as(uri).isEqualTo(400);
            assertThat(reply.contentType()).as(uri).isEqualTo("application/problem+json");
            assertThat(reply.problemFields()).as(uri).containsExactly(parameter);
        });
    }

    @Test
    void aMalformedIdIsRefusedAndAnUnknownOneIsNotFound() {
        var malformed = anyone.get(SearchUri.of(PROJECTS, "institution", "not-an-id"));

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).isEqualTo("application/problem+json");
        assertThat(malformed.body().toString()).contains("institution");
        assertThat(anyone.get("/api/v1/projects/not-an-id/similar").status()).isEqualTo(400);
    }

    @Test
    void noRandomInputToAnySearchAnswersWithA5xx() {
        var random = new Random(20260601);
        var inputs = new SearchFuzz(random);
        var failures = new ArrayList<String>();
        var statuses = new TreeMap<Integer, Integer>();
        for (var endpoint : SearchFuzz.ENDPOINTS.entrySet()) {
            for (int i = 0; i < REQUESTS_PER_ENDPOINT; i++) {
                var uri = inputs.uri(endpoint.getKey(), endpoint.getValue());
                var reply = anyone.get(uri);
                statuses.merge(reply.status(), 1, Integer::sum);
                inputs.remember(endpoint.getKey(), reply);
                if (reply.status() >= 500 || reply.status() >= 400
                        && !"application/problem+json".equals(reply.contentType())) {
                    failures.add(uri + " -> " + reply.status() + " " + reply.contentType() + " " + reply.body());
                }
            }
        }
        LOG.info("Fuzzed {} search requests; answers by status: {}", statuses.values().stream()
                .mapToInt(Integer::intValue).sum(), statuses);

        assertThat(failures).isEmpty();
        assertThat(statuses.get(200)).as("requests that searched").isGreaterThan(SearchFuzz.ENDPOINTS.size()
                * REQUESTS_PER_ENDPOINT / 5);
    }
}
