package org.jointresearch.registry.api.project;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jointresearch.registry.api.RegistryApiTest;
import org.jointresearch.registry.api.centre.CentreFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.api.UniqueNames.unique;
import static org.jointresearch.registry.api.project.ProjectFixtures.person;

@MicronautTest(transactional = false)
class ProjectApiTest extends RegistryApiTest {

    private static final String PATH = "/api/v1/projects";
    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

    ProjectFixtures projects;

    @BeforeEach
    void prepareFixtures() {
        projects = new ProjectFixtures(referenced);
    }

    @Test
    void registersAProjectWithItsPeopleAndFunding() {
        var body = projects.aiDiagnosisProject("AI diagnosis");
        body.put("centreId", centre());

        var created = api.post(PATH, body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo(PATH + "/" + created.get("id"));
        assertThat(created.etag()).isEqualTo("\"0\"");
        var read = api.get(created.location());
        assertThat(read.get("keywords")).isEqualTo(List.of("deep learning", "CT", "早期诊断"));
        assertThat(read.get("centreId")).isEqualTo(body.get("centreId"));
        assertThat(read.objects("people")).extracting(p -> p.get("role")).containsExactly("LEAD", "STUDENT");
        assertThat(read.objects("funding")).containsExactly(Map.of("source", "Research Grants Council",
                "amount", 1200000.5, "currency", "HKD"));
    }

    @Test
    void refusesAProjectThatEndsBeforeItStarts() {
        var body = projects.aiDiagnosisProject("Backwards");
        body.put("endsOn", "2024-08-31");

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.problemFields()).containsExactly("endsOn");
    }

    @Test
    void refusesASecondLead() {
        var body = projects.aiDiagnosisProject("Two leads");
        body.put("people", List.of(person(referenced.person("First"), "LEAD"), person(referenced.person("Second"), "LEAD")));

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("people[1].role");
    }

    @Test
    void refusesAProjectWithoutADiscipline() {
        var empty = projects.aiDiagnosisProject("No discipline");
        empty.put("disciplineCodes", List.of());
        var missing = projects.aiDiagnosisProject("No discipline either");
        missing.remove("disciplineCodes");

        assertThat(api.post(PATH, empty).problemFields()).containsExactly("disciplineCodes");
        assertThat(api.post(PATH, missing).problemFields()).containsExactly("disciplineCodes");
    }

    @Test
    void namesEveryInvalidFieldInOneProblem() {
        var body = projects.aiDiagnosisProject("Invalid");
        body.put("title", " ");
        body.put("keywords", List.of(" ", "x".repeat(101)));
        body.put("funding", List.of(Map.of("source", "", "amount", -1, "currency", "ABC")));

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("funding[0].amount", "funding[0].currency",
                "funding[0].source", "keywords[0]", "keywords[1]", "title");
    }

    @Test
    void refusesMoreThanThirtyKeywords() {
        var body = projects.aiDiagnosisProject("Wordy");
        body.put("keywords", Collections.nCopies(31, "keyword"));

        assertThat(api.post(PATH, body).problemFields()).containsExactly("keywords");
    }

    @Test
    void refusesADatePastWhatTheDatabaseStores() {
        var body = projects.aiDiagnosisProject("Far off");
        body.put("endsOn", "+9999999-01-01");

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void namesEveryUnknownOrRepeatedReference() {
        var body = projects.aiDiagnosisProject("Broken references");
        var someone = referenced.person("Twice");
        body.put("centreId", UNKNOWN);
        body.put("teamId", UNKNOWN);
        body.put("agreementId", UNKNOWN);
        body.put("institutionIds", List.of(UNKNOWN));
        body.put("people", List.of(person(someone, "MEMBER"), person(someone, "STUDENT")));
        body.put("disciplineCodes", List.of("3.2.1", "3.2.99"));
        body.put("funding", List.of(Map.of("source", "Industry", "amount", 100)));

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactlyInAnyOrder("centreId", "teamId", "agreementId",
                "institutionIds[0]", "people[1].personId", "disciplineCodes[1]", "funding[0].currency");
    }

    @Test
    void answers404ForAnUnknownProjectCentreOrPerson() {
        assertThat(api.get(PATH + "/" + UNKNOWN).status()).isEqualTo(404);
        assertThat(api.send(HttpRequest.DELETE(PATH + "/" + UNKNOWN)).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/centres/" + UNKNOWN + "/projects").status()).isEqualTo(404);
        var unknownPerson = api.get("/api/v1/people/" + UNKNOWN + "/projects");
        assertThat(unknownPerson.status()).isEqualTo(404);
        assertThat(unknownPerson.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void refusesToDeleteACentreThatAProjectReferences() {
        var centre = centre();
        var body = projects.aiDiagnosisProject("Anchored");
        body.put("centreId", centre);
        api.post(PATH, body);

        var refused = api.send(HttpRequest.DELETE("/api/v1/centres/" + centre));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(api.get("/api/v1/centres/" + centre).status()).isEqualTo(200);
    }

    @Test
    void deletesAProjectAndItsPeopleLeaveIt() {
        var lead = referenced.person("Leaving");
        var created = api.post(PATH, projects.projectLedBy("Short-lived", lead));

        assertThat(api.send(HttpRequest.DELETE(created.location()).header("If-Match", "\"0\"")).status())
                .isEqualTo(204);
        assertThat(api.get(created.location()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/people/" + lead + "/projects").get("total")).isEqualTo(0);
    }

    @Test
    void letsExactlyOneOfTwoWritersWithTheSameVersionWin() {
        var created = api.post(PATH, projects.aiDiagnosisProject("Contested"));
        var first = projects.aiDiagnosisProject("First writer");
        var second = projects.aiDiagnosisProject("Second writer");

        var replies = api.putConcurrently(created.location(), created.etag(), first, second);

        assertThat(replies).containsExactlyInAnyOrder(200, 412);
        assertThat(api.get(created.location()).etag()).isEqualTo("\"1\"");
    }

    @Test
    void mergePatchChangesTheStatusAndKeepsThePeople() {
        var created = api.post(PATH, projects.aiDiagnosisProject("Patched"));

        var patched = api.send(HttpRequest.PATCH(created.location(), "{\"status\": \"COMPLETED\", \"funding\": null}")
                .contentType("application/merge-patch+json").header("If-Match", created.etag()));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.get("status")).isEqualTo("COMPLETED");
        assertThat(patched.json()).doesNotContainKey("funding");
        assertThat(patched.get("people")).isEqualTo(created.get("people"));
        assertThat(patched.etag()).isEqualTo("\"1\"");
    }

    @Test
    void aDisciplineFilterFindsProjectsCodedBelowIt() {
        var lead = referenced.person("Subtree");
        var coded = api.post(PATH, projects.projectLedBy("AI in medicine", lead));

        assertThat(ids("?person=" + lead + "&discipline=3.2")).containsExactly(coded.get("id"));
        assertThat(ids("?person=" + lead + "&discipline=3")).containsExactly(coded.get("id"));
        assertThat(ids("?person=" + lead + "&discipline=3.2.1")).containsExactly(coded.get("id"));
        assertThat(ids("?person=" + lead + "&discipline=3.3")).isEmpty();
    }

    @Test
    void filtersByInstitutionStatusCentreAndTeam() {
        var centre = centre();
        var team = api.post("/api/v1/teams", Map.of("name", unique("Team"), "centreId", centre)).get("id");
        var body = projects.aiDiagnosisProject("Filtered");
        body.put("centreId", centre);
        body.put("teamId", team);
        var created = api.post(PATH, body);
        var institution = ((List<?>) body.get("institutionIds")).get(0);

        assertThat(ids("?institution=" + institution + "&status=ACTIVE")).containsExactly(created.get("id"));
        assertThat(ids("?institution=" + institution + "&status=PROPOSED")).isEmpty();
        assertThat(ids("?centre=" + centre + "&team=" + team)).containsExactly(created.get("id"));
        assertThat(api.send(HttpRequest.DELETE("/api/v1/teams/" + team)).status()).isEqualTo(409);
    }

    @Test
    void listsTheProjectsOfACentreAndOfAPerson() {
        var centre = centre();
        var lead = referenced.person("Busy");
        var first = projects.projectLedBy("First", lead);
        first.put("centreId", centre);
        var inCentre = api.post(PATH, first);
        var elsewhere = api.post(PATH, projects.projectLedBy("Second", lead));

        var ofCentre = api.get("/api/v1/centres/" + centre + "/projects");
        var ofPerson = api.get("/api/v1/people/" + lead + "/projects?size=1");

        assertThat(ofCentre.items()).extracting(p -> p.get("id")).containsExactly(inCentre.get("id"));
        assertThat(ofPerson.get("total")).isEqualTo(2);
        assertThat(ofPerson.items()).hasSize(1);
        assertThat(List.of(inCentre.get("id"), elsewhere.get("id"))).contains(ofPerson.items().get(0).get("id"));
    }

    @Test
    void answersAWriteWithTheRecordAsItReadsBack() {
        var body = projects.aiDiagnosisProject("As read back");
        body.put("funding", List.of(Map.of("source", "  Croucher Foundation ", "amount", 300000, "currency", "HKD")));

        var created = api.post(PATH, body);
        var createdAsRead = api.get(created.location());
        var updated = api.send(HttpRequest.PATCH(created.location(), Map.of("title", "As read back, renamed")));
        var updatedAsRead = api.get(created.location());

        assertThat(created.json()).isEqualTo(createdAsRead.json());
        assertThat(updated.json()).isEqualTo(updatedAsRead.json());
        assertThat(updatedAsRead.objects("funding")).extracting(f -> f.get("source")).containsExactly("Croucher Foundation");
    }

    @Test
    void recordsChangedPeopleInTheHistory() {
        var created = api.post(PATH, projects.aiDiagnosisProject("Historic"));
        api.send(HttpRequest.PATCH(created.location(), Map.of("people", List.of())));

        var history = api.get(created.location() + "/history").items();

        assertThat(history).extracting(e -> e.get("action")).containsExactly("UPDATE", "CREATE");
        assertThat(history.get(0).get("changes")).isInstanceOf(Map.class).extracting(c -> ((Map<?, ?>) c).keySet())
                .isEqualTo(Set.of("people"));
    }

    private Object centre() {
        return api.post("/api/v1/centres", new CentreFixtures(referenced).aiInMedicineCentre("Project centre")).get("id");
    }

    private List<Object> ids(String query) {
        return api.get(PATH + query).items().stream().map(p -> p.get("id")).toList();
    }
}
