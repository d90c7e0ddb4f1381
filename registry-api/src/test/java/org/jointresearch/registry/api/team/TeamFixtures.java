package org.jointresearch.registry.api.team;

import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.Referenced;
import org.jointresearch.registry.api.centre.CentreFixtures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.jointresearch.registry.api.UniqueNames.unique;

/** Request bodies for joint research teams, in centres and with people the fixtures create first. */
public final class TeamFixtures {

    private final ApiClient api;
    private final Referenced referenced;

    public TeamFixtures(ApiClient api, Referenced referenced) {
        this.api = api;
        this.referenced = referenced;
    }

    /** A registered centre for teams to belong to; answers its id. */
    public Object centre() {
        return api.post("/api/v1/centres", new CentreFixtures(referenced).aiInMedicineCentre("Team centre")).get("id");
    }

    /** A medical imaging team of a new centre: a lead, a professor and a student. */
    public Map<String, Object> imagingTeam(String name) {
        return teamOf(name, centre(), referenced.institution("HKUST"));
    }

    public Map<String, Object> teamOf(String name, Object centreId, UUID institutionId) {
        var lead = referenced.person("Lead");
        var body = new HashMap<String, Object>();
        body.put("name", unique(name));
        body.put("centreId", centreId);
        body.put("institutionIds", List.of(institutionId));
        body.put("disciplineCodes", List.of("3.2.2"));
        body.put("leadId", lead);
        body.put("members", List.of(
                member(lead, "Professor", "2024-01-01", null),
                member(referenced.person("Student"), "PhD student", "2024-09-01", "2028-08-31")));
        return body;
    }

    public static Map<String, Object> member(UUID personId, String role, String from, String to) {
        var member = new HashMap<String, Object>();
        member.put("personId", personId);
        member.put("role", role);
        member.put("from", from);
        member.put("to", to);
        return member;
    }
}
