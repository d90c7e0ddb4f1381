package org.jointresearch.registry.api.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jointresearch.registry.api.RegistryApiTest;
import org.jointresearch.registry.api.Researchers;
import org.jointresearch.registry.api.project.ProjectFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.api.project.ProjectFixtures.person;

/**
 * What researchers may change: projects they lead or co-investigate and their own profile, never their
 * roles; and who reads a record's history. Every change shows up there under the name of who made it.
 */
@MicronautTest(transactional = false)
class ResearcherAccessTest extends RegistryApiTest {

    Researchers.Researcher lead;
    Researchers.Researcher coInvestigator;
    Researchers.Researcher outsider;
    ProjectFixtures projects;

    @BeforeEach
    void openAccounts() {
        var researchers = new Researchers(api, referenced);
        lead = researchers.open("Lead");
        coInvestigator = researchers.open("Co-investigator");
        outsider = researchers.open("Outsider");
        projects = new ProjectFixtures(referenced);
    }

    @Test
    void aResearcherRegistersAProjectAndItsSteeringTeamEditsItUnderTheirOwnNames() {
        var body = projects.projectLedBy("Steered", lead.personId());
        body.put("people", List.of(person(lead.personId(), "LEAD"), person(coInvestigator.personId(), "CO_INVESTIGATOR")));
        var created = lead.api().post("/api/v1/projects", body);

        var byLead = lead.api().send(HttpRequest.PATCH(created.location(), Map.of("status", "SUSPENDED")));
        var byCoInvestigator = coInvestigator.api().send(HttpRequest.PATCH(created.location(),
                Map.of("summary", "Rewritten by the co-investigator.")));
        var byOutsider = outsider.api().send(HttpRequest.PATCH(created.location(), Map.of("status", "COMPLETED")));
        var history = lead.api().get(created.location() + "/history").items();

        assertThat(List.of(created.status(), byLead.status(), byCoInvestigator.status(), byOutsider.status()))
                .containsExactly(201, 200, 200, 403);
        assertThat(history).extracting(entry -> entry.get("actor"))
                .containsExactly(coInvestigator.username(), lead.username(), lead.username());
        assertThat(history.get(0).get("changes")).isEqualTo(Map.of("summary", Map.of(
                "before", "Deep learning for early diagnosis from CT scans.",
                "after", "Rewritten by the co-investigator.")));
        assertThat(history.get(1).get("changes")).isEqualTo(Map.of("status", Map.of(
                "before", "ACTIVE", "after", "SUSPENDED")));
    }

    @Test
    void aMemberOrStudentOfAProjectMayNotEditOrDeleteIt() {
        var body = projects.projectLedBy("Membership", lead.personId());
        body.put("people", List.of(person(lead.personId(), "LEAD"), person(outsider.personId(), "MEMBER")));
        var created = api.post("/api/v1/projects", body);

        assertThat(outsider.api().send(HttpRequest.PATCH(created.location(), Map.of("status", "COMPLETED"))).status())
                .isEqualTo(403);
        assertThat(outsider.api().send(HttpRequest.DELETE(created.location())).status()).isEqualTo(403);
        assertThat(lead.api().send(HttpRequest.DELETE(created.location())).status()).isEqualTo(204);
    }

    @Test
    void aResearcherEditsTheirOwnProfileButNotAnothers() {
        var own = lead.api().send(HttpRequest.PATCH("/api/v1/people/" + lead.personId(),
                Map.of("expertise", "Federated learning")));
        var others = lead.api().send(HttpRequest.PATCH("/api/v1/people/" + outsider.personId(),
                Map.of("expertise", "Vandalism")));
        var history = lead.api().get("/api/v1/people/" + lead.personId() + "/history").items();

        assertThat(own.status()).isEqualTo(200);
        assertThat(others.status()).isEqualTo(403);
        assertThat(others.contentType()).isEqualTo("application/problem+json");
        assertThat(api.get("/api/v1/people/" + outsider.personId()).get("expertise"))
                .isEqualTo("Deep learning for medical image diagnosis");
        assertThat(history.getFirst()).containsEntry("actor", lead.username()).containsEntry("changes",
                Map.of("expertise", Map.of("before", "Deep learning for medical image diagnosis",
                        "after", "Federated learning")));
    }

    @Test
    void aResearcherCannotMakeThemselvesAnAdministratorNorChangeAnyAccount() {
        var ownAccount = "/api/v1/users/" + lead.accountId();

        var promoted = lead.api().send(HttpRequest.PATCH(ownAccount, Map.of("roles", List.of("ADMIN", "RESEARCHER"))));
        var othersAccount = lead.api().send(HttpRequest.PATCH("/api/v1/users/" + outsider.accountId(),
                Map.of("roles", List.of("ADMIN"))));
        var opened = lead.api().post("/api/v1/users", Map.of("username", "sneaky-admin", "password",
                "a long enough password", "roles", List.of("ADMIN")));

        assertThat(List.of(promoted.status(), othersAccount.status(), opened.status())).containsOnly(403);
        assertThat(api.get(ownAccount).get("roles")).isEqualTo(List.of("RESEARCHER"));
        assertThat(api.get(ownAccount).etag()).isEqualTo("\"0\"");
    }

    @Test
    void showsAHistoryToAdministratorsAndOwnersOnly() {
        var project = api.post("/api/v1/projects", projects.projectLedBy("Historic", lead.personId())).location();
        var institution = referenced.institution("Historic institution");

        assertThat(api.anonymous().get(project + "/history").status()).isEqualTo(401);
        assertThat(outsider.api().get(project + "/history").status()).isEqualTo(403);
        assertThat(lead.api().get(project + "/history").status()).isEqualTo(200);
        assertThat(api.get(project + "/history").items()).extracting(entry -> entry.get("actor"))
                .containsExactly("admin");
        assertThat(lead.api().get("/api/v1/institutions/" + institution + "/history").status()).isEqualTo(403);
        assertThat(outsider.api().get("/api/v1/people/" + lead.personId() + "/history").status()).isEqualTo(403);
    }
}
