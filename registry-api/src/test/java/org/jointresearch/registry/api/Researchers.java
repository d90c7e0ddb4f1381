package org.jointresearch.registry.api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Opens researcher accounts through the API, each for a new person, and signs them in. */
public final class Researchers {

    private final ApiClient admin;
    private final Referenced referenced;

    public Researchers(ApiClient admin, Referenced referenced) {
        this.admin = admin;
        this.referenced = referenced;
    }

    /** A researcher with their own person record, signed in. */
    public Researcher open(String name) {
        var personId = referenced.person(name);
        var username = "researcher-" + UUID.randomUUID().toString().substring(0, 8);
        var password = "password of " + username;
        var opened = admin.post("/api/v1/users", Map.of("username", username, "password", password,
                "roles", List.of("RESEARCHER"), "personId", personId));
        if (opened.status() != 201) {
            throw new IllegalStateException("account refused: " + opened.status() + " " + opened.body());
        }
        return new Researcher(username, password, UUID.fromString((String) opened.get("id")), personId,
                admin.as(username, password));
    }

    /** A signed-in researcher: their account, their person, and a client acting as them. */
    public record Researcher(String username, String password, UUID accountId, UUID personId, ApiClient api) {
    }
}
