package org.jointresearch.registry.api;

import static org.jointresearch.registry.api.institution.InstitutionFixtures.university;
import static org.jointresearch.registry.api.person.PersonFixtures.affiliatedWith;

/** Registers, through the API, the records a test needs only as something to refer to; answers their ids. */
public final class Registered {

    private Registered() {
    }

    public static Object institution(ApiClient api, String name) {
        return api.post("/api/v1/institutions", university(name)).get("id");
    }

    public static Object person(ApiClient api, Object institutionId, String name) {
        return api.post("/api/v1/people", affiliatedWith(institutionId, name)).get("id");
    }
}
