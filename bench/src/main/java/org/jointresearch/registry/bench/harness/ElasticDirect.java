package org.jointresearch.registry.bench.harness;

import io.micronaut.json.tree.JsonNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Elasticsearch used directly, without the registry: the baselines. Documents are copied out of the
 * registry's own indexes, so the baseline writes exactly what the registry wrote, into an index with
 * exactly the registry's settings and mappings.
 */
public final class ElasticDirect {

    private static final String JSON = "application/json";
    private static final String NDJSON = "application/x-ndjson";
    private static final int EXPORT_PAGE = 1_000;

    private final Http http;

    public ElasticDirect(URI elasticsearch) {
        this.http = new Http(elasticsearch);
    }

    /** Deletes every index whose name starts with the prefix, by name: the cluster refuses wildcard deletes. */
    public void deleteIndexes(String prefix) {
        var names = new ArrayList<String>();
        for (var index : Json.tree(http.get("_cat/indices/" + prefix + "*?format=json&h=index&expand_wildcards=all")).values()) {
            names.add(index.get("index").getStringValue());
        }
        if (!names.isEmpty()) {
            http.send(http.request(String.join(",", names)).DELETE().build());
        }
    }

    /** Documents searchable now: without a refresh, so asking does not change when they become so. */
    public long count(String index) {
        return Json.tree(http.get(index + "/_count")).get("count").getLongValue();
    }

    public void refresh(String index) {
        http.send("POST", index + "/_refresh", JSON, new byte[0]);
    }

    /** Creates {@code target} with the settings (analysis included) and mappings of the index behind {@code alias}. */
    public void createLike(String alias, String target) {
        var settings = Json.tree(http.get(alias + "/_settings")).values().iterator().next()
                .get("settings").get("index");
        var mappings = Json.tree(http.get(alias + "/_mapping")).values().iterator().next().get("mappings");
        var index = new LinkedHashMap<String, Object>();
        for (var copied : List.of("number_of_shards", "number_of_replicas", "refresh_interval", "analysis",
                "max_ngram_diff")) {
            var value = settings.get(copied);
            if (value != null) {
                index.put(copied, value);
            }
        }
        http.send("PUT", target, JSON, Json.write(Map.of("settings", Map.of("index", index), "mappings", mappings)));
    }

    /**
     * Writes every document behind {@code alias} to a file as {@code _bulk} lines (action, source),
     * read through a point in time so the copy is consistent.
     */
    public long export(String alias, Path file) {
        var pit = Json.tree(http.send("POST", alias + "/_pit?keep_alive=2m", JSON, new byte[0]))
                .get("id").getStringValue();
        long documents = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Object after = null;
            while (true) {
                var body = new LinkedHashMap<String, Object>();
                body.put("size", EXPORT_PAGE);
                body.put("pit", Map.of("id", pit, "keep_alive", "2m"));
                body.put("sort", List.of(Map.of("_shard_doc", "asc")));
                if (after != null) {
                    body.put("search_after", after);
                }
                var hits = Json.tree(http.send("POST", "_search", JSON, Json.write(body))).get("hits").get("hits");
                if (hits.size() == 0) {
                    return documents;
                }
                for (var hit : hits.values()) {
                    out.write(new String(Json.write(Map.of("index", Map.of("_id", hit.get("_id").getStringValue()))),
                            StandardCharsets.UTF_8));
                    out.write('\n');
                    out.write(new String(Json.write(hit.get("_source")), StandardCharsets.UTF_8));
                    out.write('\n');
                    after = hit.get("sort");
                    documents++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            http.send(http.request("_pit").header("Content-Type", JSON)
                    .method("DELETE", HttpRequest.BodyPublishers.ofByteArray(
                            Json.write(Map.of("id", pit)))).build());
        }
    }

    /**
     * Sends the documents of an exported file to {@code target} in {@code _bulk} requests of
     * {@code batchSize} documents, one after the other, and refreshes: the time until all are searchable.
     */
    public Duration bulk(Path file, String target, int batchSize) {
        try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long started = System.nanoTime();
            var batch = new StringBuilder();
            int inBatch = 0;
            String action;
            while ((action = lines.readLine()) != null) {
                batch.append(action).append('\n').append(lines.readLine()).append('\n');
                if (++inBatch == batchSize) {
                    sendBulk(target, batch);
                    batch.setLength(0);
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                sendBulk(target, batch);
            }
            refresh(target);
            return Duration.ofNanos(System.nanoTime() - started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void sendBulk(String target, CharSequence lines) {
        var answer = Json.tree(http.send("POST", target + "/_bulk", NDJSON,
                lines.toString().getBytes(StandardCharsets.UTF_8)));
        if (answer.get("errors").getBooleanValue()) {
            throw new IllegalStateException("a _bulk request reported errors: "
                    + new String(Json.write(answer), StandardCharsets.UTF_8).substring(0, 500));
        }
    }

    /** A search sent as the registry's client sends it (aggregation names typed), its answer parsed. */
    public JsonNode search(String index, byte[] body) {
        return Json.tree(http.send("POST", index + "/_search?typed_keys=true", JSON, body));
    }

    public List<String> indexesBehind(String alias) {
        var indexes = new ArrayList<String>();
        Json.tree(http.get(alias + "/_alias")).entries().forEach(entry -> indexes.add(entry.getKey()));
        return indexes;
    }
}
