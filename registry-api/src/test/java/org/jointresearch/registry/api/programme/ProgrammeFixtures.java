package org.jointresearch.registry.api.programme;

import org.jointresearch.registry.api.SqlFixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for exchange and training programmes, hosted by institutions the fixtures insert first. */
final class ProgrammeFixtures {

    private final SqlFixtures sql;

    ProgrammeFixtures(SqlFixtures sql) {
        this.sql = sql;
    }

    /** A medical student exchange hosted by HKUST with two Zhejiang hospitals as partners. */
    Map<String, Object> studentExchange(String name) {
        return hostedBy(name, sql.institution("HKUST"));
    }

    Map<String, Object> hostedBy(String name, UUID hostId) {
        var body = new HashMap<String, Object>();
        body.put("name", SqlFixtures.unique(name));
        body.put("kind", "STUDENT_EXCHANGE");
        body.put("hostInstitutionId", hostId);
        body.put("partnerInstitutionIds", List.of(sql.institution("First Affiliated Hospital"),
                sql.institution("Second Affiliated Hospital")));
        body.put("startsOn", "2025-02-01");
        body.put("endsOn", "2025-06-30");
        body.put("places", 12);
        body.put("description", "A semester of clinical rotations.");
        return body;
    }
}
