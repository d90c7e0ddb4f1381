package org.jointresearch.registry.bench.harness;

import io.micronaut.json.tree.JsonNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;

/** The registry's HTTP API as the benchmarks use it, signed in as an administrator. */
public final class RegistryApi {

    private static final String JSON = "application/json";

    private final Http http;
    private final String bearer;

    private RegistryApi(Http http, String bearer) {
        this.http = http;
        this.bearer = bearer;
    }

    public static RegistryApi signIn(URI registry, String adminPassword) {
        var http = new Http(registry);
        var token = Json.tree(http.send("POST", "api/v1/auth/login", JSON,
                Json.write(Map.of("username", "admin", "password", adminPassword))));
        return new RegistryApi(http, "Bearer " + token.get("access_token").getStringValue());
    }

    /** Imports a document, leaving its indexing to one rebuild, as a large load should. */
    public JsonNode load(byte[] importDocument) {
        return Json.tree(http.send(authorized("api/v1/admin/import?rebuildIndex=true").header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(importDocument)).build()));
    }

    public JsonNode indexStatus() {
        return Json.tree(http.send(authorized("api/v1/admin/index-status").GET().build()));
    }

    /** Changes the indexes have yet to take in. */
    public long outboxPending() {
        return indexStatus().get("outbox").get("pending").getLongValue();
    }

    /** Documents behind each alias, by index name (projects, people, centres, suggestions). */
    public Map<String, Long> documentCounts() {
        var counts = new TreeMap<String, Long>();
        for (var index : indexStatus().get("indexes").values()) {
            var documents = index.get("documents");
            counts.put(index.get("name").getStringValue(), documents == null || documents.isNull() ? 0 : documents.getLongValue());
        }
        return counts;
    }

    /** Starts a full rebuild of the indexes and waits until it is done. */
    public void reindex(Duration limit) {
        http.send(authorized("api/v1/admin/reindex").POST(HttpRequest.BodyPublishers.noBody()).build());
        var deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            var reindex = indexStatus().get("reindex");
            if (!reindex.get("running").getBooleanValue()) {
                var error = reindex.get("error");
                if (error != null && !error.isNull()) {
                    throw new IllegalStateException("the rebuild failed: " + error.getStringValue());
                }
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the rebuild took longer than " + limit);
            }
            // Not more often: each status reads the outbox and counts every index, work taken from the rebuild.
            RegistryProcess.sleep(Duration.ofMillis(250));
        }
    }

    public List<UUID> ids(String collection, int size) {
        var page = Json.tree(http.get("api/v1/" + collection + "?size=" + size));
        var ids = new ArrayList<UUID>();
        for (var item : page.get("items").values()) {
            ids.add(UUID.fromString(item.get("id").getStringValue()));
        }
        return ids;
    }

    /** A GET answered by anyone, e.g. a search; its body, for those that read it. */
    public byte[] get(String path) {
        return http.get(path);
    }

    public JsonNode post(String path, byte[] body) {
        return Json.tree(http.send(authorized(path).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build()));
    }

    public JsonNode patch(String path, byte[] mergePatch) {
        return Json.tree(http.send(authorized(path).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(mergePatch)).build()));
    }

    private HttpRequest.Builder authorized(String path) {
        return http.request(path).header("Authorization", bearer);
    }

    /** A query string from name-value pairs, leaving out those without a value. */
    public static String query(Map<String, ?> parameters) {
        var joined = new StringJoiner("&");
        parameters.forEach((name, value) -> {
            if (value != null) {
                joined.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return joined.toString();
    }
}
