package org.jointresearch.registry.api.centre;

import org.jointresearch.registry.api.SqlFixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for joint research centres, run by institutions the fixtures insert first. */
public final class CentreFixtures {

    private final SqlFixtures sql;

    public CentreFixtures(SqlFixtures sql) {
        this.sql = sql;
    }

    /** An active AI-in-medicine centre of HKUST and a Zhejiang hospital, with one director. */
    public Map<String, Object> aiInMedicineCentre(String name) {
        return centreOf(name, sql.institution("HKUST"), sql.institution("Second Affiliated Hospital"));
    }

    public Map<String, Object> centreOf(String name, UUID... institutionIds) {
        var body = new HashMap<String, Object>();
        body.put("name", SqlFixtures.unique(name));
        body.put("nameZh", "人工智能医学联合研究中心");
        body.put("institutionIds", List.of(institutionIds));
        body.put("disciplineCodes", List.of("3.2.1", "1.2"));
        body.put("establishedOn", "2024-05-20");
        body.put("status", "ACTIVE");
        body.put("description", "Joint research on AI in medicine.");
        body.put("directorIds", List.of(sql.person("Director")));
        body.put("website", "https://ai-medicine.example.org");
        return body;
    }
}
