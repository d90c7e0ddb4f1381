package org.jointresearch.registry.api;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends malformed and random bodies and parameters to every write endpoint the router knows, so a
 * new endpoint is fuzzed without anyone listing it: each answer must be a success or a 4xx problem,
 * never a 5xx.
 */
@MicronautTest(transactional = false)
class RequestFuzzTest {

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final int REQUESTS_PER_ENDPOINT = 120;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Router router;

    @Test
    void noWriteEndpointAnswersRandomInputWithA5xx() {
        var api = new ApiClient(http);
        var random = new Random(20261128);
        var endpoints = writeEndpoints();
        assertThat(endpoints).isNotEmpty();

        var failures = new ArrayList<String>();
        for (var endpoint : endpoints) {
            for (int i = 0; i < REQUESTS_PER_ENDPOINT; i++) {
                var request = randomRequest(endpoint, random);
                var reply = api.send(request);
                if (reply.status() >= 500 || reply.status() >= 400
                        && !"application/problem+json".equals(reply.contentType())) {
                    failures.add(request.getMethod() + " " + request.getPath() + " -> " + reply.status()
                            + " " + reply.contentType() + " body " + request.getBody().orElse(null));
                }
            }
        }

        assertThat(failures).isEmpty();
    }

    @Test
    void refusesABodyPastTheSizeLimitAndAForeignMediaTypeWithProblems() {
        var api = new ApiClient(http);
        var huge = "{\"name\": \"" + "x".repeat(2_000_000) + "\"}";

        var tooLarge = api.send(HttpRequest.POST("/api/v1/institutions", huge).contentType("application/json"));
        var plainText = api.send(HttpRequest.POST("/api/v1/institutions", "hello").contentType("text/plain"));

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).isEqualTo("application/problem+json");
        assertThat(plainText.status()).isEqualTo(415);
        assertThat(plainText.contentType()).isEqualTo("application/problem+json");
    }

    private List<UriRouteInfo<?, ?>> writeEndpoints() {
        return router.uriRoutes()
                .<UriRouteInfo<?, ?>>map(route -> route)
                .filter(route -> WRITES.contains(route.getHttpMethod()))
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api/v1"))
                .toList();
    }

    private static MutableHttpRequest<?> randomRequest(UriRouteInfo<?, ?> route, Random random) {
        var path = route.getUriMatchTemplate().toString()
                .replaceAll("\\{[^}]+}", RandomJson.pathSegment(random)) + RandomJson.queryString(random);
        MutableHttpRequest<Object> request = HttpRequest.create(route.getHttpMethod(), path);
        if (random.nextInt(10) < 8) {
            request.body(RandomJson.body(random)).contentType(random.nextInt(10) == 0
                    ? "application/merge-patch+json" : "application/json");
        }
        if (random.nextInt(4) == 0) {
            var tags = new String[] {"\"" + random.nextInt(5) + "\"", "W/\"0\"", "*", "\"99999999999999999999\"", "garbage"};
            request.header("If-Match", tags[random.nextInt(tags.length)]);
        }
        return request;
    }

    /** Random JSON text: valid documents of unexpected shape and broken ones. */
    static final class RandomJson {

        private static final String[] FIELDS = {"name", "title", "kind", "status", "parentId", "partyIds",
                "institutionIds", "people", "disciplineCodes", "startsOn", "endsOn", "rorId", "orcid", "email",
                "countryCode", "aliases", "funding", "members", "places", "code", "parentCode", "institutions"};

        private RandomJson() {
        }

        static String body(Random random) {
            return switch (random.nextInt(6)) {
                case 0 -> "{\"name\": ";
                case 1 -> text(random);
                case 2 -> value(random, 0);
                default -> object(random, 0);
            };
        }

        static String pathSegment(Random random) {
            return switch (random.nextInt(4)) {
                case 0 -> UUID.randomUUID().toString();
                case 1 -> "3.2";
                case 2 -> "%FF%FE";
                default -> "not-an-id-" + random.nextInt(1000);
            };
        }

        static String queryString(Random random) {
            return random.nextInt(3) == 0 ? "?page=" + (random.nextInt(7) - 3) + "&size=" + random.nextInt() : "";
        }

        static String text(Random random) {
            var alphabet = "aZ9 -_.,;:'\"\\/{}[]<>浙大医学院é\u0000\u2028%";
            var text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return text.toString();
        }

        private static String object(Random random, int depth) {
            var fields = new ArrayList<String>();
            for (int i = random.nextInt(8); i > 0; i--) {
                fields.add(quote(FIELDS[random.nextInt(FIELDS.length)]) + ": " + value(random, depth + 1));
            }
            return "{" + String.join(", ", fields) + "}";
        }

        private static String value(Random random, int depth) {
            int choice = random.nextInt(depth > 2 ? 7 : 10);
            return switch (choice) {
                case 0 -> "null";
                case 1 -> String.valueOf(random.nextBoolean());
                case 2 -> String.valueOf(random.nextLong());
                case 3 -> "1e400";
                case 4 -> quote(text(random));
                case 5 -> quote(random.nextBoolean() ? "2026-02-30" : UUID.randomUUID().toString());
                case 6 -> quote("x".repeat(random.nextInt(2000)));
                case 7, 8 -> "[" + value(random, depth + 1) + ", " + value(random, depth + 1) + "]";
                default -> object(random, depth);
            };
        }

        private static String quote(String text) {
            return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000")
                    .replace("\u2028", "\\u2028") + "\"";
        }
    }
}
