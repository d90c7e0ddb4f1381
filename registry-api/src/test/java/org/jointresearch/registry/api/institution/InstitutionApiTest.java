package org.jointresearch.registry.api.institution;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.api.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.api.institution.InstitutionFixtures.childOf;
import static org.jointresearch.registry.api.institution.InstitutionFixtures.university;

@MicronautTest(transactional = false)
class InstitutionApiTest {

    private static final String PATH = "/api/v1/institutions";

    @Inject
    @Client("/")
    HttpClient http;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(http);
    }

    @Test
    void registersAnInstitutionAndAnswersWithItsLocationAndVersion() {
        var created = api.post(PATH, university("Zhejiang University"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo(PATH + "/" + created.get("id"));
        assertThat(created.etag()).isEqualTo("\"0\"");
        var read = api.get(created.location());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.get("aliases")).isEqualTo(List.of("ZJU", "浙大"));
        assertThat(read.get("nameZh")).isEqualTo("浙江大学");
    }

    @Test
    void namesEveryInvalidFieldInOneProblem() {
        var body = university("Invalid");
        body.put("name", " ");
        body.put("rorId", "00q4vv598");
        body.put("countryCode", "XX");
        body.put("website", "ftp://nowhere");

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.problemFields()).containsExactly("countryCode", "name", "rorId", "website");
    }

    @Test
    void acceptsARorIdWithAValidChecksumOnlyOnce() {
        var rorId = InstitutionFixtures.randomRorId();
        var body = university("With ROR");
        body.put("rorId", rorId);
        assertThat(api.post(PATH, body).status()).isEqualTo(201);

        var second = university("Same ROR");
        second.put("rorId", rorId);
        var refused = api.post(PATH, second);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemFields()).containsExactly("rorId");
    }

    @Test
    void refusesMalformedJsonAndUnknownKindsWith400() {
        var malformed = api.send(HttpRequest.POST(PATH, "{\"name\": ").contentType("application/json"));
        var unknownKind = api.send(HttpRequest.POST(PATH, "{\"name\": \"X\", \"kind\": \"CASTLE\"}")
                .contentType("application/json"));

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).isEqualTo("application/problem+json");
        assertThat(unknownKind.status()).isEqualTo(400);
    }

    @Test
    void answers404ForAnUnknownIdAnd400ForAMalformedOne() {
        var unknown = api.get(PATH + "/00000000-0000-0000-0000-000000000000");
        var malformed = api.get(PATH + "/not-a-uuid");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(malformed.status()).isEqualTo(400);
    }

    @Test
    void refusesTextPostgresqlCannotStoreWith422() {
        var body = university("Nul");
        body.put("city", "Hang\u0000zhou");

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void refusesAParentThatDoesNotExist() {
        var refused = api.post(PATH, childOf("00000000-0000-0000-0000-000000000001", "HOSPITAL", "Orphan"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("parentId");
    }

    @Test
    void refusesToDeleteAnInstitutionThatStillHasChildren() {
        var school = api.post(PATH, university("School"));
        api.post(PATH, childOf(school.get("id"), "HOSPITAL", "Hospital"));

        var refused = api.send(HttpRequest.DELETE(school.location()));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(api.get(school.location()).status()).isEqualTo(200);
    }

    @Test
    void deletesAnUnreferencedInstitution() {
        var created = api.post(PATH, university("Short-lived"));

        assertThat(api.send(HttpRequest.DELETE(created.location()).header("If-Match", "\"0\"")).status()).isEqualTo(204);
        assertThat(api.get(created.location()).status()).isEqualTo(404);
    }

    @Test
    void letsExactlyOneOfTwoWritersWithTheSameVersionWin() {
        var created = api.post(PATH, university("Contested"));
        var first = university("First writer");
        var second = university("Second writer");

        var replies = api.putConcurrently(created.location(), created.etag(), first, second);

        assertThat(replies).containsExactlyInAnyOrder(200, 412);
        assertThat(api.get(created.location()).etag()).isEqualTo("\"1\"");
    }

    @Test
    void refusesAStaleIfMatchWith412() {
        var created = api.post(PATH, university("Stale"));
        api.send(HttpRequest.PATCH(created.location(), Map.of("city", "Ningbo")));

        var stale = api.send(HttpRequest.PATCH(created.location(), Map.of("city", "Shanghai"))
                .header("If-Match", "\"0\""));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get(created.location()).get("city")).isEqualTo("Ningbo");
    }

    @Test
    void mergePatchChangesOnlyTheGivenFieldsAndNullRemovesOne() {
        var created = api.post(PATH, university("Patched"));

        var patched = api.send(HttpRequest.PATCH(created.location(), "{\"city\": \"Ningbo\", \"nameZh\": null}")
                .contentType("application/merge-patch+json").header("If-Match", created.etag()));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.get("city")).isEqualTo("Ningbo");
        assertThat(patched.get("nameZh")).isNull();
        assertThat(patched.get("aliases")).isEqualTo(List.of("ZJU", "浙大"));
        assertThat(patched.etag()).isEqualTo("\"1\"");
    }

    @Test
    void walksTheParentChainFromAHospitalToItsUniversity() {
        var university = api.post(PATH, university("Chain University"));
        var school = api.post(PATH, childOf(university.get("id"), "MEDICAL_SCHOOL", "Chain School of Medicine"));
        var hospital = api.post(PATH, childOf(school.get("id"), "HOSPITAL", "Chain Hospital"));

        var chain = api.get(hospital.location() + "/ancestors").items();

        assertThat(chain).extracting(i -> i.get("id")).containsExactly(school.get("id"), university.get("id"));
    }

    @Test
    void refusesToMakeAnInstitutionItsOwnAncestor() {
        var university = api.post(PATH, university("Cycle University"));
        var school = api.post(PATH, childOf(university.get("id"), "MEDICAL_SCHOOL", "Cycle School"));

        var refused = api.send(HttpRequest.PATCH(university.location(), Map.of("parentId", school.get("id"))));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("parentId");
    }

    @Test
    void listsPagesFilteredByKindWithTheSizeCappedAt100() {
        var school = api.post(PATH, university("Listing University"));
        api.post(PATH, childOf(school.get("id"), "HOSPITAL", "Listed Hospital"));

        var hospitals = api.get(PATH + "?kind=HOSPITAL&parent=" + school.get("id") + "&size=1000");

        assertThat(hospitals.get("size")).isEqualTo(100);
        assertThat(hospitals.get("total")).isEqualTo(1);
        assertThat(hospitals.items()).extracting(i -> i.get("kind")).containsExactly("HOSPITAL");
        assertThat(api.get(PATH + "?page=-1").status()).isEqualTo(400);
    }

    @Test
    void recordsEachChangeInTheHistoryNewestFirst() {
        var created = api.post(PATH, university("Historic"));
        api.send(HttpRequest.PATCH(created.location(), Map.of("city", "Ningbo")));

        var history = api.get(created.location() + "/history").items();

        assertThat(history).extracting(e -> e.get("action")).containsExactly("UPDATE", "CREATE");
        assertThat(history.get(0).get("changes"))
                .isEqualTo(Map.of("city", Map.of("before", "Hangzhou", "after", "Ningbo")));
        assertThat(history.get(0).get("actor")).isNotNull();
    }
}
