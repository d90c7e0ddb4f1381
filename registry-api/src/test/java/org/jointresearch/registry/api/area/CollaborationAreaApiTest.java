package org.jointresearch.registry.api.area;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.Referenced;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.api.agreement.AgreementFixtures.mou;

@MicronautTest(transactional = false)
class CollaborationAreaApiTest {

    private static final String PATH = "/api/v1/collaboration-areas";

    @Inject
    @Client("/")
    HttpClient http;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(http);
    }

    @Test
    void theFiveAreasOfTheFoundingAnnouncementAreSeeded() {
        var areas = api.get(PATH).items();
        var education = api.get(PATH + "/MEDICAL_EDUCATION");

        assertThat(areas).extracting(a -> a.get("code")).contains("CLINICAL_RESEARCH", "EXCHANGES",
                "INTERNATIONAL_COOPERATION", "JOINT_TEAMS_AND_CENTRES", "MEDICAL_EDUCATION");
        assertThat(education.get("name")).isEqualTo("Medical education and clinical training");
        assertThat(education.etag()).isEqualTo("\"0\"");
    }

    @Test
    void addsAnAreaAddressedByItsCode() {
        var body = area("AI_IN_MEDICINE");

        var created = api.post(PATH, body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo(PATH + "/" + body.get("code"));
        assertThat(created.etag()).isEqualTo("\"0\"");
        assertThat(api.get(created.location()).get("description")).isEqualTo("Shared work on the area.");
    }

    @Test
    void namesEveryInvalidFieldInOneProblem() {
        var body = area("lower-case");
        body.put("name", "");

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.problemFields()).containsExactly("code", "name");
    }

    @Test
    void refusesATakenCodeWith409() {
        var refused = api.post(PATH, Map.of("code", "EXCHANGES", "name", "Exchanges again"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemFields()).containsExactly("code");
    }

    @Test
    void answers404ForAnUnknownCode() {
        var unknown = api.get(PATH + "/NO_SUCH_AREA");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void refusesToDeleteAnAreaAnAgreementCommitsTo() {
        var created = api.post(PATH, area("COMMITTED"));
        var agreement = mou("Committing", institution("A"), institution("B"));
        agreement.put("areaCodes", List.of(created.get("code")));
        assertThat(api.post("/api/v1/agreements", agreement).status()).isEqualTo(201);

        var refused = api.send(HttpRequest.DELETE(created.location()));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(api.get(created.location()).status()).isEqualTo(200);
    }

    @Test
    void deletesAnUnusedArea() {
        var created = api.post(PATH, area("SHORT_LIVED"));

        var deleted = api.send(HttpRequest.DELETE(created.location()).header("If-Match", "\"0\""));

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get(created.location()).status()).isEqualTo(404);
    }

    @Test
    void letsExactlyOneOfTwoWritersWithTheSameVersionWin() {
        var body = area("CONTESTED");
        var created = api.post(PATH, body);
        var first = new HashMap<>(body);
        first.put("name", "First writer");
        var second = new HashMap<>(body);
        second.put("name", "Second writer");

        var replies = api.putConcurrently(created.location(), created.etag(), first, second);

        assertThat(replies).containsExactlyInAnyOrder(200, 412);
        assertThat(api.get(created.location()).etag()).isEqualTo("\"1\"");
    }

    @Test
    void mergePatchChangesOnlyTheGivenFieldsButNeverTheCode() {
        var created = api.post(PATH, area("PATCHED"));

        var patched = api.send(HttpRequest.PATCH(created.location(), "{\"description\": null}")
                .contentType("application/merge-patch+json").header("If-Match", created.etag()));
        var recoded = api.send(HttpRequest.PATCH(created.location(), Map.of("code", "RECODED")));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.get("description")).isNull();
        assertThat(patched.get("name")).isEqualTo(created.get("name"));
        assertThat(recoded.status()).isEqualTo(422);
        assertThat(recoded.problemFields()).containsExactly("code");
    }

    @Test
    void recordsEachChangeInTheHistoryUnderTheCode() {
        var created = api.post(PATH, area("HISTORIC"));
        api.send(HttpRequest.PATCH(created.location(), Map.of("nameZh", "历史")));

        var history = api.get(created.location() + "/history").items();

        assertThat(history).extracting(e -> e.get("action")).containsExactly("UPDATE", "CREATE");
        assertThat(history.get(0).get("changes")).isEqualTo(Map.of("nameZh", Map.of("before", "合作", "after", "历史")));
    }

    /** An area whose code carries a random suffix, so no two tests share one. */
    private static Map<String, Object> area(String code) {
        var body = new HashMap<String, Object>();
        body.put("code", code + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        body.put("name", "Area " + code);
        body.put("nameZh", "合作");
        body.put("description", "Shared work on the area.");
        return body;
    }

    private Object institution(String name) {
        return new Referenced(api).institution(name).toString();
    }
}
