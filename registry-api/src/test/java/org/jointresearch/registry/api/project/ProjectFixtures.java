package org.jointresearch.registry.api.project;

import org.jointresearch.registry.api.Referenced;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.jointresearch.registry.api.UniqueNames.unique;

/** Request bodies for joint projects, with the people and institutions the fixtures insert first. */
public final class ProjectFixtures {

    private final Referenced referenced;

    public ProjectFixtures(Referenced referenced) {
        this.referenced = referenced;
    }

    /** An active AI-in-medicine project of two institutions, led by one person with a student, funded in HKD. */
    public Map<String, Object> aiDiagnosisProject(String title) {
        return projectLedBy(title, referenced.person("Lead"));
    }

    public Map<String, Object> projectLedBy(String title, UUID leadId) {
        var body = new HashMap<String, Object>();
        body.put("title", unique(title));
        body.put("summary", "Deep learning for early diagnosis from CT scans.");
        body.put("keywords", List.of("deep learning", "CT", "早期诊断"));
        body.put("disciplineCodes", List.of("3.2.1"));
        body.put("status", "ACTIVE");
        body.put("startsOn", "2024-09-01");
        body.put("endsOn", "2027-08-31");
        body.put("institutionIds", List.of(referenced.institution("HKUST"), referenced.institution("Sir Run Run Shaw Hospital")));
        body.put("people", List.of(person(leadId, "LEAD"), person(referenced.person("Student"), "STUDENT")));
        body.put("funding", List.of(Map.of("source", "Research Grants Council", "amount", 1200000.5,
                "currency", "HKD")));
        return body;
    }

    public static Map<String, Object> person(Object personId, String role) {
        var person = new HashMap<String, Object>();
        person.put("personId", personId);
        person.put("role", role);
        return person;
    }
}
