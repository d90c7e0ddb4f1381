package org.jointresearch.registry.api.programme;

import org.jointresearch.registry.api.Referenced;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.jointresearch.registry.api.UniqueNames.unique;

/** Request bodies for exchange and training programmes, hosted by institutions the fixtures insert first. */
final class ProgrammeFixtures {

    private final Referenced referenced;

    ProgrammeFixtures(Referenced referenced) {
        this.referenced = referenced;
    }

    /** A medical student exchange hosted by HKUST with two Zhejiang hospitals as partners. */
    Map<String, Object> studentExchange(String name) {
        return hostedBy(name, referenced.institution("HKUST"));
    }

    Map<String, Object> hostedBy(String name, UUID hostId) {
        var body = new HashMap<String, Object>();
        body.put("name", unique(name));
        body.put("kind", "STUDENT_EXCHANGE");
        body.put("hostInstitutionId", hostId);
        body.put("partnerInstitutionIds", List.of(referenced.institution("First Affiliated Hospital"),
                referenced.institution("Second Affiliated Hospital")));
        body.put("startsOn", "2025-02-01");
        body.put("endsOn", "2025-06-30");
        body.put("places", 12);
        body.put("description", "A semester of clinical rotations.");
        return body;
    }
}
