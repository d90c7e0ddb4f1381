package org.jointresearch.registry.api.agreement;


import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.jointresearch.registry.api.UniqueNames.unique;

/** Request bodies for agreements, with titles made unique so tests never collide in the shared database. */
public final class AgreementFixtures {

    private AgreementFixtures() {
    }

    /** An active memorandum of understanding between the parties, committing them to medical education. */
    public static Map<String, Object> mou(String title, Object... partyIds) {
        var body = new HashMap<String, Object>();
        body.put("title", unique(title));
        body.put("kind", "MOU");
        body.put("partyIds", List.of(partyIds));
        body.put("signedOn", "2024-05-20");
        body.put("effectiveFrom", "2024-06-01");
        body.put("effectiveTo", "2029-05-31");
        body.put("status", "ACTIVE");
        body.put("areaCodes", List.of("MEDICAL_EDUCATION", "CLINICAL_RESEARCH"));
        body.put("signatories", List.of());
        body.put("summary", "Joint work on medical education and clinical therapy technologies.");
        return body;
    }

    public static Map<String, Object> signatory(Object personId, Object institutionId, String role) {
        return Map.of("personId", personId, "institutionId", institutionId, "role", role);
    }
}
