package org.jointresearch.registry.api.search;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.Eventually;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The fixed corpus the search tests assert on ({@code src/test/resources/search/corpus.json}): loaded through
 * the import, then waited for until every index holds all of it. Records are named by their keys; the
 * import derives each record's id from its section and key.
 */
final class SearchCorpus {

    private static final String RESOURCE = "/search/corpus.json";
    private static final String DEMO_WORLD = "/demo/demo-world.json";
    private static final String STATUS = "/api/v1/admin/index-status";

    private final Map<String, List<Map<String, Object>>> sections;
    private final Map<UUID, String> keys = new HashMap<>();

    private SearchCorpus(Map<String, List<Map<String, Object>>> sections) {
        this.sections = sections;
        sections.forEach((section, records) -> records.forEach(record -> keys.put(id(section, key(record)),
                key(record))));
    }

    /** Imports the corpus as the administrator and waits until every index holds it. */
    static SearchCorpus load(ApiClient admin) {
        var text = resource(RESOURCE);
        var imported = admin.send(HttpRequest.POST("/api/v1/admin/import", text).contentType("application/json"));
        if (imported.status() != 200) {
            throw new IllegalStateException("the corpus was refused: " + imported.status() + " " + imported.body());
        }
        var corpus = new SearchCorpus(parse(text));
        corpus.awaitIndexed(admin);
        return corpus;
    }

    /** The demo world, which the registry loaded at start-up ({@code registry.demo-data}), once every index holds it. */
    static SearchCorpus demoWorld(ApiClient admin) {
        var corpus = new SearchCorpus(parse(resource(DEMO_WORLD)));
        corpus.awaitIndexed(admin);
        return corpus;
    }

    static UUID id(String section, String key) {
        return UUID.nameUUIDFromBytes(("joint-research-registry:" + section + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The key of the record with this id, or the id itself for a record not in the corpus. */
    String key(Object id) {
        return keys.getOrDefault(UUID.fromString(id.toString()), id.toString());
    }

    /** The keys of the records a search answered, in order. */
    List<String> keys(ApiClient.Reply reply) {
        return reply.items().stream().map(item -> key(item.get("id"))).toList();
    }

    /** The keys of the corpus's projects that satisfy the condition. */
    Set<String> projects(Predicate<Map<String, Object>> which) {
        return records("projects", which);
    }

    /** The keys of the records of a section that satisfy the condition. */
    Set<String> records(String section, Predicate<Map<String, Object>> which) {
        return sections.get(section).stream().filter(which).map(SearchCorpus::key).collect(Collectors.toSet());
    }

    /** The values a field of the section's records holds, where it holds one. */
    List<String> values(String section, String field) {
        return sections.get(section).stream().map(record -> record.get(field)).filter(Objects::nonNull)
                .map(String::valueOf).toList();
    }

    int size(String section) {
        return sections.get(section).size();
    }

    /** Until the outbox is drained and each index counts as many documents as the corpus has records. */
    private void awaitIndexed(ApiClient admin) {
        var disciplines = ((Number) admin.get("/api/v1/disciplines?size=1").get("total")).intValue();
        var expected = Map.of("projects", size("projects"), "people", size("people"), "centres", size("centres"),
                "suggestions", disciplines + size("projects") + size("people") + size("centres")
                        + size("institutions"));
        Eventually.await("the corpus indexed", () -> admin.get(STATUS), status -> documents(status).equals(expected));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Integer> documents(ApiClient.Reply status) {
        var indexes = (List<Map<String, Object>>) status.get("indexes");
        var pending = ((Map<String, Object>) status.get("outbox")).get("pending");
        return Objects.equals(pending, 0) ? indexes.stream().collect(Collectors.toMap(
                index -> (String) index.get("name"), index -> ((Number) index.get("documents")).intValue())) : Map.of();
    }

    private static String key(Map<String, Object> record) {
        return (String) record.get("key");
    }

    private static String resource(String name) {
        try (InputStream in = SearchCorpus.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, List<Map<String, Object>>> parse(String text) {
        try {
            return JsonMapper.createDefault().readValue(text,
                    Argument.mapOf(Argument.STRING, Argument.listOf(Argument.mapOf(String.class, Object.class))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
