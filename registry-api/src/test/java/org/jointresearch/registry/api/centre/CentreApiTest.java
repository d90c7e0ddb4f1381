package org.jointresearch.registry.api.centre;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jointresearch.registry.api.RegistryApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class CentreApiTest extends RegistryApiTest {

    private static final String PATH = "/api/v1/centres";

    CentreFixtures centres;

    @BeforeEach
    void prepareFixtures() {
        centres = new CentreFixtures(referenced);
    }

    @Test
    void registersACentreWithItsInstitutionsAndDirectorsInOrder() {
        var body = centres.aiInMedicineCentre("AI in Medicine Centre");
        body.put("agreementId", referenced.agreement("MoU").toString());

        var created = api.post(PATH, body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo(PATH + "/" + created.get("id"));
        assertThat(created.etag()).isEqualTo("\"0\"");
        var read = api.get(created.location());
        assertThat(read.get("institutionIds")).isEqualTo(strings(body.get("institutionIds")));
        assertThat(read.get("directorIds")).isEqualTo(strings(body.get("directorIds")));
        assertThat(read.get("disciplineCodes")).isEqualTo(List.of("3.2.1", "1.2"));
        assertThat(read.get("agreementId")).isEqualTo(body.get("agreementId"));
        assertThat(read.get("establishedOn")).isEqualTo("2024-05-20");
    }

    @Test
    void refusesACentreOfASingleInstitution() {
        var refused = api.post(PATH, centres.centreOf("Lonely Centre", referenced.institution("Alone")));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.problemFields()).containsExactly("institutionIds");
    }

    @Test
    void namesEveryInvalidFieldInOneProblem() {
        var body = centres.aiInMedicineCentre("Invalid");
        body.put("name", " ");
        body.put("website", "ftp://nowhere");
        body.remove("status");

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("name", "status", "website");
    }

    @Test
    void namesEveryUnknownOrRepeatedReference() {
        var institution = referenced.institution("Twice");
        var body = centres.centreOf("Broken references", institution, institution, referenced.institution("Once"));
        body.put("agreementId", "00000000-0000-0000-0000-000000000001");
        body.put("directorIds", List.of("00000000-0000-0000-0000-000000000002"));
        body.put("disciplineCodes", List.of("3.2", "9.9.9", "3.2"));

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactlyInAnyOrder("agreementId", "institutionIds[1]",
                "directorIds[0]", "disciplineCodes[1]", "disciplineCodes[2]");
    }

    @Test
    void refusesAnUnknownStatusWith400() {
        var body = centres.aiInMedicineCentre("Unknown status");
        body.put("status", "DORMANT");

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void answers404ForAnUnknownCentre() {
        var unknown = api.get(PATH + "/00000000-0000-0000-0000-000000000000");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(api.send(HttpRequest.DELETE(PATH + "/00000000-0000-0000-0000-000000000000")).status())
                .isEqualTo(404);
    }

    @Test
    void deletesAnUnreferencedCentre() {
        var created = api.post(PATH, centres.aiInMedicineCentre("Short-lived"));

        assertThat(api.send(HttpRequest.DELETE(created.location()).header("If-Match", "\"0\"")).status())
                .isEqualTo(204);
        assertThat(api.get(created.location()).status()).isEqualTo(404);
    }

    @Test
    void letsExactlyOneOfTwoWritersWithTheSameVersionWin() {
        var created = api.post(PATH, centres.aiInMedicineCentre("Contested"));
        var first = centres.aiInMedicineCentre("First writer");
        var second = centres.aiInMedicineCentre("Second writer");

        var replies = api.putConcurrently(created.location(), created.etag(), first, second);

        assertThat(replies).containsExactlyInAnyOrder(200, 412);
        var winner = api.get(created.location());
        assertThat(winner.etag()).isEqualTo("\"1\"");
        assertThat(List.of(first.get("name"), second.get("name"))).contains(winner.get("name"));
    }

    @Test
    void mergePatchChangesOnlyTheGivenFieldsAndNullClearsAList() {
        var created = api.post(PATH, centres.aiInMedicineCentre("Patched"));

        var patched = api.send(HttpRequest.PATCH(created.location(), "{\"status\": \"CLOSED\", \"directorIds\": null}")
                .contentType("application/merge-patch+json").header("If-Match", created.etag()));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.get("status")).isEqualTo("CLOSED");
        assertThat(patched.json()).doesNotContainKey("directorIds");
        assertThat(patched.get("institutionIds")).isEqualTo(created.get("institutionIds"));
        assertThat(patched.etag()).isEqualTo("\"1\"");
    }

    @Test
    void filtersByInstitutionDisciplineSubtreeStatusAndAgreement() {
        var hkust = referenced.institution("HKUST");
        var agreement = referenced.agreement("Strategic partnership", hkust);
        var matching = centres.centreOf("Matching", hkust, referenced.institution("Hospital"));
        matching.put("agreementId", agreement.toString());
        var created = api.post(PATH, matching);
        var otherStatus = centres.centreOf("Planned", hkust, referenced.institution("Hospital"));
        otherStatus.put("status", "PLANNED");
        api.post(PATH, otherStatus);

        var found = api.get(PATH + "?institution=" + hkust + "&discipline=3.2&status=ACTIVE&agreement=" + agreement);
        var otherDiscipline = api.get(PATH + "?institution=" + hkust + "&discipline=3.3");

        assertThat(found.items()).extracting(c -> c.get("id")).containsExactly(created.get("id"));
        assertThat(found.get("total")).isEqualTo(1);
        assertThat(otherDiscipline.items()).isEmpty();
        assertThat(api.get(PATH + "?status=DORMANT").status()).isEqualTo(400);
    }

    @Test
    void recordsEachChangeInTheHistoryNewestFirst() {
        var created = api.post(PATH, centres.aiInMedicineCentre("Historic"));
        api.send(HttpRequest.PATCH(created.location(), Map.of("status", "CLOSED")));

        var history = api.get(created.location() + "/history").items();

        assertThat(history).extracting(e -> e.get("action")).containsExactly("UPDATE", "CREATE");
        assertThat(history.get(0).get("changes"))
                .isEqualTo(Map.of("status", Map.of("before", "ACTIVE", "after", "CLOSED")));
    }

    private static List<String> strings(Object ids) {
        return ((List<?>) ids).stream().map(Object::toString).toList();
    }
}
