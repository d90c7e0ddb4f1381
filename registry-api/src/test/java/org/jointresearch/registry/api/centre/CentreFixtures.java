package org.jointresearch.registry.api.centre;

import org.jointresearch.registry.api.Referenced;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.jointresearch.registry.api.UniqueNames.unique;

/** Request bodies for joint research centres, run by institutions the fixtures insert first. */
public final class CentreFixtures {

    private final Referenced referenced;

    public CentreFixtures(Referenced referenced) {
        this.referenced = referenced;
    }

    /** An active AI-in-medicine centre of HKUST and a Zhejiang hospital, with one director. */
    public Map<String, Object> aiInMedicineCentre(String name) {
        return centreOf(name, referenced.institution("HKUST"), referenced.institution("Second Affiliated Hospital"));
    }

    public Map<String, Object> centreOf(String name, UUID... institutionIds) {
        var body = new HashMap<String, Object>();
        body.put("name", unique(name));
        body.put("nameZh", "人工智能医学联合研究中心");
        body.put("institutionIds", List.of(institutionIds));
        body.put("disciplineCodes", List.of("3.2.1", "1.2"));
        body.put("establishedOn", "2024-05-20");
        body.put("status", "ACTIVE");
        body.put("description", "Joint research on AI in medicine.");
        body.put("directorIds", List.of(referenced.person("Director")));
        body.put("website", "https://ai-medicine.example.org");
        return body;
    }
}
