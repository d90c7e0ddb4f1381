package org.jointresearch.registry.api;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.jointresearch.registry.api.UniqueNames.unique;
import static org.jointresearch.registry.api.institution.InstitutionFixtures.university;
import static org.jointresearch.registry.api.person.PersonFixtures.affiliatedWith;
import static org.jointresearch.registry.api.person.PersonFixtures.researcher;

/**
 * Registers, through the API and so under its rules, the records a test needs only as something to
 * refer to, and answers their ids. Names are made unique so tests never collide.
 */
public final class Referenced {

    private final ApiClient api;

    public Referenced(ApiClient api) {
        this.api = api;
    }

    public UUID institution(String name) {
        return created("/api/v1/institutions", university(name));
    }

    public UUID person(String name) {
        return created("/api/v1/people", researcher(name));
    }

    public UUID personAt(Object institutionId, String name) {
        return created("/api/v1/people", affiliatedWith(institutionId, name));
    }

    /** An active memorandum of understanding between the given institutions, topped up to the two parties it needs. */
    public UUID agreement(String title, UUID... partyIds) {
        var parties = new ArrayList<>(List.of(partyIds));
        while (parties.size() < 2) {
            parties.add(institution("Party"));
        }
        return created("/api/v1/agreements", Map.of("title", unique(title), "kind", "MOU", "status", "ACTIVE",
                "partyIds", parties));
    }

    /** An active project classified by one discipline code, under the agreement when one is given. */
    public UUID project(UUID agreementId, String disciplineCode) {
        var body = new HashMap<String, Object>(Map.of("title", unique("Project"), "status", "ACTIVE",
                "disciplineCodes", List.of(disciplineCode)));
        if (agreementId != null) {
            body.put("agreementId", agreementId);
        }
        return created("/api/v1/projects", body);
    }


    private UUID created(String path, Object body) {
        var reply = api.post(path, body);
        if (reply.status() != 201) {
            throw new IllegalStateException("fixture refused by " + path + ": " + reply.status() + " " + reply.body());
        }
        return UUID.fromString((String) reply.get("id"));
    }
}
