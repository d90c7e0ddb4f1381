package org.jointresearch.registry.api;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** Sends requests to the running registry and hands back status, headers and JSON body, errors included. */
public final class ApiClient {

    private final HttpClient http;

    public ApiClient(HttpClient http) {
        this.http = http;
    }

    public Reply send(MutableHttpRequest<?> request) {
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

    /** Status, headers and parsed body of one response. */
    public record Reply(int status, String contentType, String etag, String location, Object body) {

        static Reply of(HttpResponse<?> response) {
            var body = response.getBody(Object.class).orElse(null);
            return new Reply(response.code(), response.getContentType().map(Object::toString).orElse(null),
                    response.header("ETag"), response.header("Location"), body);
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
