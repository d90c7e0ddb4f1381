package org.jointresearch.registry.api.team;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jointresearch.registry.api.RegistryApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.api.team.TeamFixtures.member;

@MicronautTest(transactional = false)
class TeamApiTest extends RegistryApiTest {

    private static final String PATH = "/api/v1/teams";

    TeamFixtures teams;

    @BeforeEach
    void prepareFixtures() {
        teams = new TeamFixtures(api, referenced);
    }

    @Test
    void registersATeamWithItsMembersInOrder() {
        var body = teams.imagingTeam("Imaging team");

        var created = api.post(PATH, body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo(PATH + "/" + created.get("id"));
        assertThat(created.etag()).isEqualTo("\"0\"");
        var read = api.get(created.location());
        assertThat(read.get("centreId")).isEqualTo(body.get("centreId"));
        assertThat(read.get("leadId")).isEqualTo(body.get("leadId").toString());
        assertThat(read.objects("members")).extracting(m -> m.get("role")).containsExactly("Professor", "PhD student");
        assertThat(read.objects("members").get(1))
                .containsEntry("from", "2024-09-01").containsEntry("to", "2028-08-31");
    }

    @Test
    void refusesAMembershipThatEndsBeforeItStarts() {
        var body = teams.imagingTeam("Backwards");
        body.put("members", List.of(member(referenced.person("Member"), "Postdoc", "2025-01-01", "2024-12-31")));

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.problemFields()).containsExactly("members[0].to");
    }

    @Test
    void namesEveryUnknownOrRepeatedReference() {
        var person = referenced.person("Twice");
        var body = teams.teamOf("Broken", "00000000-0000-0000-0000-000000000001",
                UUID.fromString("00000000-0000-0000-0000-000000000002"));
        body.put("leadId", "00000000-0000-0000-0000-000000000003");
        body.put("disciplineCodes", List.of("0.0"));
        body.put("members", List.of(member(person, null, null, null), member(person, null, null, null)));

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactlyInAnyOrder("centreId", "leadId", "institutionIds[0]",
                "members[1].personId", "disciplineCodes[0]");
    }

    @Test
    void namesEveryInvalidFieldInOneProblem() {
        var body = teams.imagingTeam("Invalid");
        body.put("name", "");
        body.put("members", List.of(member(null, "x".repeat(101), null, null)));

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("members[0].personId", "members[0].role", "name");
    }

    @Test
    void answers404ForAnUnknownTeamAnd400ForAMalformedId() {
        assertThat(api.get(PATH + "/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(api.send(HttpRequest.PUT(PATH + "/00000000-0000-0000-0000-000000000000",
                teams.imagingTeam("Nowhere"))).status()).isEqualTo(404);
        assertThat(api.get(PATH + "/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void refusesToDeleteACentreThatStillHasATeam() {
        var created = api.post(PATH, teams.imagingTeam("Anchored"));
        var centre = "/api/v1/centres/" + created.get("centreId");

        var refused = api.send(HttpRequest.DELETE(centre));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(api.get(centre).status()).isEqualTo(200);
    }

    @Test
    void deletesAnUnreferencedTeamWithItsMembers() {
        var created = api.post(PATH, teams.imagingTeam("Short-lived"));

        assertThat(api.send(HttpRequest.DELETE(created.location()).header("If-Match", "\"0\"")).status())
                .isEqualTo(204);
        assertThat(api.get(created.location()).status()).isEqualTo(404);
    }

    @Test
    void letsExactlyOneOfTwoWritersWithTheSameVersionWin() {
        var created = api.post(PATH, teams.imagingTeam("Contested"));
        var first = teams.imagingTeam("First writer");
        var second = teams.imagingTeam("Second writer");

        var replies = api.putConcurrently(created.location(), created.etag(), first, second);

        assertThat(replies).containsExactlyInAnyOrder(200, 412);
        assertThat(api.get(created.location()).etag()).isEqualTo("\"1\"");
    }

    @Test
    void mergePatchReplacesTheMembersAndKeepsTheRest() {
        var created = api.post(PATH, teams.imagingTeam("Patched"));
        var newcomer = referenced.person("Newcomer");

        var patched = api.send(HttpRequest.PATCH(created.location(),
                        Map.of("members", List.of(Map.of("personId", newcomer, "role", "Engineer"))))
                .contentType("application/merge-patch+json").header("If-Match", created.etag()));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.get("members"))
                .isEqualTo(List.of(Map.of("personId", newcomer.toString(), "role", "Engineer")));
        assertThat(patched.get("leadId")).isEqualTo(created.get("leadId"));
        assertThat(patched.get("institutionIds")).isEqualTo(created.get("institutionIds"));
    }

    @Test
    void filtersByCentreAndInstitution() {
        var centre = teams.centre();
        var institution = referenced.institution("Team institution");
        var inCentre = api.post(PATH, teams.teamOf("In centre", centre, institution));
        api.post(PATH, teams.teamOf("Elsewhere", teams.centre(), institution));

        var byCentre = api.get(PATH + "?centre=" + centre);
        var byInstitution = api.get(PATH + "?institution=" + institution);

        assertThat(byCentre.items()).extracting(t -> t.get("id")).containsExactly(inCentre.get("id"));
        assertThat(byInstitution.get("total")).isEqualTo(2);
    }
}
