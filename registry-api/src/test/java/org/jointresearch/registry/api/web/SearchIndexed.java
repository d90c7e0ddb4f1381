package org.jointresearch.registry.api.web;

import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.Eventually;

import java.util.List;
import java.util.Map;

/** Waits until the search indexes hold every project, person and centre of the database, with nothing left in the outbox. */
final class SearchIndexed {

    private SearchIndexed() {
    }

    @SuppressWarnings("unchecked")
    static void await(ApiClient admin) {
        var expected = Map.of("projects", total(admin, "/api/v1/projects?size=1"),
                "people", total(admin, "/api/v1/people?size=1"), "centres", total(admin, "/api/v1/centres?size=1"));
        Eventually.await("the registry indexed", () -> admin.get("/api/v1/admin/index-status"), status -> {
            var outbox = (Map<String, Object>) status.get("outbox");
            var indexes = (List<Map<String, Object>>) status.get("indexes");
            return ((Number) outbox.get("pending")).intValue() == 0 && expected.entrySet().stream().allMatch(entry ->
                    indexes.stream().anyMatch(index -> index.get("name").equals(entry.getKey())
                            && ((Number) index.get("documents")).intValue() == entry.getValue()));
        });
    }

    private static int total(ApiClient admin, String path) {
        return ((Number) admin.get(path).get("total")).intValue();
    }
}
