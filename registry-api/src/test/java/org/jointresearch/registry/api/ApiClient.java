package org.jointresearch.registry.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Sends requests to the running registry and hands back status, headers and JSON body, errors included.
 * It acts as the administrator unless made {@link #anonymous()} or signed in {@link #as} someone else.
 */
public final class ApiClient {

    /** The password of the administrator {@code admin} in the tests' configuration (application-test.yml). */
    public static final String ADMIN_PASSWORD = "test-only-admin-password";

    private final HttpClient http;
    private final String token;

    /** A client signed in as the administrator {@code admin}. */
    public ApiClient(HttpClient http) {
        this(http, signIn(http, "admin", ADMIN_PASSWORD));
    }

    private ApiClient(HttpClient http, String token) {
        this.http = http;
        this.token = token;
    }

    /** A client that sends no credentials. */
    public ApiClient anonymous() {
        return new ApiClient(http, null);
    }

    /** A client signed in with these credentials. */
    public ApiClient as(String username, String password) {
        return new ApiClient(http, signIn(http, username, password));
    }

    /** A client that sends this token, valid or not. */
    public ApiClient withToken(String bearerToken) {
        return new ApiClient(http, bearerToken);
    }

    /** The access token of a successful login; fails the test otherwise. */
    public static String signIn(HttpClient http, String username, String password) {
        var reply = new ApiClient(http, null).post("/api/v1/auth/login",
                Map.of("username", username, "password", password));
        if (reply.status() != 200) {
            throw new IllegalStateException("cannot sign in as " + username + ": " + reply.status() + " " + reply.body());
        }
        return (String) reply.get("access_token");
    }

    public Reply send(MutableHttpRequest<?> request) {
        if (token != null && !request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            request.bearerAuth(token);
        }
        try {
            return Reply.of(http.toBlocking().exchange(request, Argument.of(Object.class), Argument.of(Object.class)));
        } catch (HttpClientResponseException e) {
            return Reply.of(e.getResponse());
        }
    }

    public Reply get(String path) {
        return send(HttpRequest.GET(path));
    }

    public Reply post(String path, Object body) {
        return send(HttpRequest.POST(path, body));
    }

    /** Sends one {@code PUT} per body at once, all with the same {@code If-Match}; answers their statuses. */
    public List<Integer> putConcurrently(String location, String ifMatch, Object... bodies) {
        return Stream.of(bodies)
                .map(body -> CompletableFuture.supplyAsync(() ->
                        send(HttpRequest.PUT(location, body).header("If-Match", ifMatch))))
                .toList().stream()
                .map(CompletableFuture::join)
                .map(Reply::status)
                .toList();
    }

    /** Status, headers and parsed body of one response; {@code headers} holds every header's first value. */
    public record Reply(int status, String contentType, String etag, String location, Object body,
                        Map<String, String> headers) {

        static Reply of(HttpResponse<?> response) {
            var body = response.getBody(Object.class).orElse(null);
            var headers = new TreeMap<String, String>(String.CASE_INSENSITIVE_ORDER);
            response.getHeaders().forEachValue((name, value) -> headers.putIfAbsent(name, value));
            return new Reply(response.code(), response.getContentType().map(Object::toString).orElse(null),
                    response.header("ETag"), response.header("Location"), body, headers);
        }

        public String header(String name) {
            return headers.get(name);
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> json() {
            return (Map<String, Object>) body;
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> items() {
            return (List<Map<String, Object>>) (body instanceof List<?> ? body : json().get("items"));
        }

        public Object get(String field) {
            return json().get(field);
        }

        /** A field holding a list of objects, such as a team's members; empty when absent. */
        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> objects(String field) {
            return (List<Map<String, Object>>) json().getOrDefault(field, List.of());
        }

        /** The fields a problem document names, in order. */
        @SuppressWarnings("unchecked")
        public List<String> problemFields() {
            var errors = (List<Map<String, Object>>) json().getOrDefault("errors", List.of());
            return errors.stream().map(error -> (String) error.get("field")).toList();
        }
    }
}
