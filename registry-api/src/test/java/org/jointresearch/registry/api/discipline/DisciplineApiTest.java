package org.jointresearch.registry.api.discipline;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.Referenced;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.api.discipline.DisciplineFixtures.discipline;
import static org.jointresearch.registry.api.discipline.DisciplineFixtures.freshChild;
import static org.jointresearch.registry.api.person.PersonFixtures.researcher;

@MicronautTest(transactional = false)
class DisciplineApiTest {

    private static final String PATH = "/api/v1/disciplines";

    @Inject
    @Client("/")
    HttpClient http;


    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(http);
    }

    @Test
    void theFordTreeIsSeededWithTheRegistrysOwnChildren() {
        var clinical = api.get(PATH + "/3.2");
        var children = api.get(PATH + "?parent=3.2").items();

        assertThat(clinical.status()).isEqualTo(200);
        assertThat(clinical.get("name")).isEqualTo("Clinical medicine");
        assertThat(clinical.get("nameZh")).isEqualTo("临床医学");
        assertThat(clinical.get("parentCode")).isEqualTo("3");
        assertThat(children).extracting(c -> c.get("code"))
                .containsExactly("3.2.1", "3.2.2", "3.2.3", "3.2.4", "3.2.5", "3.2.6", "3.2.7");
        assertThat(children.getFirst().get("name")).isEqualTo("AI in medicine");
    }

    @Test
    void listsInTreeOrderSoThatTwoPointTenFollowsTwoPointNine() {
        var children = api.get(PATH + "?parent=2&size=100").items();
        var topLevel = api.get(PATH + "?size=3");

        assertThat(children).extracting(c -> c.get("code")).containsExactly(
                "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10", "2.11");
        assertThat(topLevel.items()).extracting(c -> c.get("code")).containsExactly("1", "1.1", "1.2");
    }

    @Test
    void addsAChildAddressedByItsCode() {
        var body = freshChild("Digital humanities");

        var created = api.post(PATH, body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo(PATH + "/" + body.get("code"));
        assertThat(created.etag()).isEqualTo("\"0\"");
        assertThat(api.get(created.location()).get("name")).isEqualTo("Digital humanities");
        assertThat(api.get(PATH + "?parent=6.5").items()).extracting(c -> c.get("code")).contains(body.get("code"));
    }

    @Test
    void refusesAParentOtherThanTheCodeWithoutItsLastSegment() {
        var wrongParent = api.post(PATH, discipline("6.5.99", "Misplaced", "6"));
        var topLevelWithParent = api.post(PATH, discipline("7", "Seventh field", "6"));
        var missingParent = api.post(PATH, discipline("8.1", "Orphan", "8"));

        assertThat(wrongParent.status()).isEqualTo(422);
        assertThat(wrongParent.problemFields()).containsExactly("parentCode");
        assertThat(topLevelWithParent.problemFields()).containsExactly("parentCode");
        assertThat(missingParent.status()).isEqualTo(422);
        assertThat(missingParent.problemFields()).containsExactly("parentCode");
    }

    @Test
    void namesEveryInvalidFieldInOneProblem() {
        var refused = api.post(PATH, discipline("3.2.1.1", " ", "3.2.1"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.problemFields()).containsExactly("code", "name");
    }

    @Test
    void refusesATakenCodeWith409() {
        var refused = api.post(PATH, discipline("3.2.1", "AI in medicine again", "3.2"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemFields()).containsExactly("code");
    }

    @Test
    void answers404ForAnUnknownCode() {
        var unknown = api.get(PATH + "/9.9");
        var delete = api.send(HttpRequest.DELETE(PATH + "/9.9"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(delete.status()).isEqualTo(404);
    }

    @Test
    void refusesToDeleteADisciplineWithChildrenOrInUse() {
        var byPerson = api.post(PATH, freshChild("Classifies a person"));
        var byProject = api.post(PATH, freshChild("Classifies a project"));
        var person = researcher("Classified");
        person.put("disciplineCodes", List.of(byPerson.get("code")));
        assertThat(api.post("/api/v1/people", person).status()).isEqualTo(201);
        new Referenced(api).project(null, (String) byProject.get("code"));

        assertThat(api.send(HttpRequest.DELETE(PATH + "/3.2")).status()).isEqualTo(409);
        assertThat(api.send(HttpRequest.DELETE(byPerson.location())).status()).isEqualTo(409);
        assertThat(api.send(HttpRequest.DELETE(byProject.location())).status()).isEqualTo(409);
        assertThat(api.get(byPerson.location()).status()).isEqualTo(200);
    }

    @Test
    void deletesAnUnusedLeaf() {
        var created = api.post(PATH, freshChild("Short-lived"));

        var deleted = api.send(HttpRequest.DELETE(created.location()).header("If-Match", "\"0\""));

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get(created.location()).status()).isEqualTo(404);
    }

    @Test
    void refusesToChangeACode() {
        var created = api.post(PATH, freshChild("Fixed code"));
        var renamed = freshChild("Fixed code");

        var refused = api.send(HttpRequest.PUT(created.location(), renamed));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("code");
    }

    @Test
    void letsExactlyOneOfTwoWritersWithTheSameVersionWin() {
        var body = freshChild("Contested");
        var created = api.post(PATH, body);
        var first = discipline((String) body.get("code"), "First writer", "6.5");
        var second = discipline((String) body.get("code"), "Second writer", "6.5");

        var replies = api.putConcurrently(created.location(), created.etag(), first, second);

        assertThat(replies).containsExactlyInAnyOrder(200, 412);
        assertThat(api.get(created.location()).etag()).isEqualTo("\"1\"");
    }

    @Test
    void mergePatchChangesOnlyTheGivenFields() {
        var created = api.post(PATH, freshChild("Patched"));

        var patched = api.send(HttpRequest.PATCH(created.location(), "{\"nameZh\": null, \"name\": \"Renamed\"}")
                .contentType("application/merge-patch+json").header("If-Match", created.etag()));
        var stale = api.send(HttpRequest.PATCH(created.location(), Map.of("name", "Too late"))
                .header("If-Match", created.etag()));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.get("name")).isEqualTo("Renamed");
        assertThat(patched.get("nameZh")).isNull();
        assertThat(patched.get("parentCode")).isEqualTo("6.5");
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void recordsEachChangeInTheHistoryUnderTheCode() {
        var created = api.post(PATH, freshChild("Historic"));
        api.send(HttpRequest.PATCH(created.location(), Map.of("name", "Historical")));

        var history = api.get(created.location() + "/history").items();

        assertThat(history).extracting(e -> e.get("action")).containsExactly("UPDATE", "CREATE");
        assertThat(history.get(0).get("changes"))
                .isEqualTo(Map.of("name", Map.of("before", "Historic", "after", "Historical")));
    }
}
