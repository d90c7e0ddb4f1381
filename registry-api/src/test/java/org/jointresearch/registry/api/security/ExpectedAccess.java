package org.jointresearch.registry.api.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The status each kind of caller must get from each route of the API, as {@link AccessMatrixTest}
 * calls it: writes send an empty JSON object; {@code {id}} names a project the owner leads, the owner's
 * own person, or else a record that does not exist. A route missing here fails the test.
 */
final class ExpectedAccess {

    /** Per route: anonymous, the owning researcher, another researcher, an administrator. */
    static final Map<String, List<Integer>> STATUSES = table();

    private ExpectedAccess() {
    }

    private static Map<String, List<Integer>> table() {
        var table = new HashMap<String, List<Integer>>();
        table.put("GET /api/v1/health", List.of(200, 200, 200, 200));
        table.put("GET /api/v1/health/{selector}", List.of(200, 200, 200, 200));
        table.put("POST /api/v1/auth/login", List.of(400, 400, 400, 400));
        table.put("POST /api/v1/admin/import", List.of(401, 403, 403, 200));
        table.put("POST /api/v1/admin/reindex", List.of(401, 403, 403, 202));
        table.put("GET /api/v1/admin/index-status", List.of(401, 403, 403, 200));
        table.put("GET /api/v1/{resource}/{id}/history", List.of(401, 200, 403, 200));

        table.put("GET /api/v1/projects", List.of(200, 200, 200, 200));
        table.put("POST /api/v1/projects", List.of(401, 422, 422, 422));
        table.put("GET /api/v1/projects/{id}", List.of(200, 200, 200, 200));
        table.put("PUT /api/v1/projects/{id}", List.of(401, 422, 403, 422));
        table.put("PATCH /api/v1/projects/{id}", List.of(401, 200, 403, 200));
        table.put("DELETE /api/v1/projects/{id}", List.of(401, 204, 403, 204));

        table.put("GET /api/v1/people", List.of(200, 200, 200, 200));
        table.put("POST /api/v1/people", List.of(401, 403, 403, 422));
        table.put("GET /api/v1/people/{id}", List.of(200, 200, 200, 200));
        table.put("PUT /api/v1/people/{id}", List.of(401, 422, 403, 422));
        table.put("PATCH /api/v1/people/{id}", List.of(401, 200, 403, 200));
        // The owner's person still has the owner's account, so even an administrator cannot delete it.
        table.put("DELETE /api/v1/people/{id}", List.of(401, 403, 403, 409));
        table.put("GET /api/v1/people/{id}/projects", List.of(200, 200, 200, 200));

        table.put("GET /api/v1/users", List.of(401, 403, 403, 200));
        table.put("POST /api/v1/users", List.of(401, 403, 403, 422));
        table.put("GET /api/v1/users/{id}", List.of(401, 403, 403, 404));
        table.put("PUT /api/v1/users/{id}", List.of(401, 403, 403, 422));
        table.put("PATCH /api/v1/users/{id}", List.of(401, 403, 403, 404));
        table.put("DELETE /api/v1/users/{id}", List.of(401, 403, 403, 404));

        table.put("GET /api/v1/projects/{id}/similar", List.of(200, 200, 200, 200));
        for (var search : List.of("projects", "people", "centres", "suggest", "collaborators")) {
            table.put("GET /api/v1/search/" + search, List.of(200, 200, 200, 200));
        }

        table.put("GET /api/v1/institutions/{id}/ancestors", List.of(404, 404, 404, 404));
        table.put("GET /api/v1/institutions/{id}/partners", List.of(404, 404, 404, 404));
        table.put("GET /api/v1/centres/{id}/projects", List.of(404, 404, 404, 404));

        for (var resource : List.of("institutions", "agreements", "centres", "teams", "programmes")) {
            administered(table, "/api/v1/" + resource, "{id}");
        }
        administered(table, "/api/v1/disciplines", "{code}");
        administered(table, "/api/v1/collaboration-areas", "{code}");
        return Map.copyOf(table);
    }

    /** A resource everyone reads and only administrators change. */
    private static void administered(Map<String, List<Integer>> table, String path, String key) {
        table.put("GET " + path, List.of(200, 200, 200, 200));
        table.put("POST " + path, List.of(401, 403, 403, 422));
        table.put("GET " + path + "/" + key, List.of(404, 404, 404, 404));
        table.put("PUT " + path + "/" + key, List.of(401, 403, 403, 422));
        table.put("PATCH " + path + "/" + key, List.of(401, 403, 403, 404));
        table.put("DELETE " + path + "/" + key, List.of(401, 403, 403, 404));
    }
}
