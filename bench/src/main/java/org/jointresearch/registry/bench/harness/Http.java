package org.jointresearch.registry.bench.harness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Requests over loopback with the JDK's client, shared by the registry's API and the direct Elasticsearch
 * baseline so both sides pay the same client costs. A status outside 2xx throws: the load driver counts it
 * as a failure rather than a fast answer.
 */
public final class Http {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI base;

    public Http(URI base) {
        this.base = base;
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
    }

    public byte[] get(String path) {
        return send(request(path).GET().build());
    }

    public byte[] send(String method, String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public byte[] send(HttpRequest request) {
        var response = exchange(request);
        if (response.statusCode() / 100 != 2) {
            throw new HttpFailure(request, response.statusCode(),
                    new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body();
    }

    public HttpResponse<byte[]> exchange(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new HttpFailure(request, 0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpFailure(request, 0, "interrupted");
        }
    }

    /** An answer outside 2xx, or none at all (status 0). */
    public static final class HttpFailure extends RuntimeException {

        private final int status;

        HttpFailure(HttpRequest request, int status, String body) {
            super(request.method() + " " + request.uri() + " -> " + status + ": "
                    + body.substring(0, Math.min(body.length(), 500)));
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
