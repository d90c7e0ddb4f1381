package org.jointresearch.registry.api.agreement;

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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.api.agreement.AgreementFixtures.mou;
import static org.jointresearch.registry.api.agreement.AgreementFixtures.signatory;

@MicronautTest(transactional = false)
class AgreementApiTest {

    private static final String PATH = "/api/v1/agreements";

    @Inject
    @Client("/")
    HttpClient http;


    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(http);
    }

    @Test
    void registersAnAgreementWithItsPartiesSignatoriesAndAreas() {
        var hkust = institution("HKUST");
        var hospital = institution("Sir Run Run Shaw Hospital");
        var president = person(hkust, "President");
        var body = mou("HKUST-SRRSH MoU", hkust, hospital);
        body.put("signatories", List.of(signatory(president, hkust, "President")));

        var created = api.post(PATH, body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo(PATH + "/" + created.get("id"));
        assertThat(created.etag()).isEqualTo("\"0\"");
        var read = api.get(created.location());
        assertThat(read.get("partyIds")).isEqualTo(List.of(hkust, hospital));
        assertThat(read.get("signatories"))
                .isEqualTo(List.of(Map.of("personId", president, "institutionId", hkust, "role", "President")));
        assertThat(read.get("areaCodes")).isEqualTo(List.of("MEDICAL_EDUCATION", "CLINICAL_RESEARCH"));
        assertThat(read.get("effectiveTo")).isEqualTo("2029-05-31");
    }

    @Test
    void refusesAnAgreementWithASinglePartyOrARepeatedParty() {
        var hkust = institution("Lonely HKUST");

        var single = api.post(PATH, mou("Single party", hkust));
        var repeated = api.post(PATH, mou("Repeated party", hkust, hkust));

        assertThat(single.status()).isEqualTo(422);
        assertThat(single.contentType()).isEqualTo("application/problem+json");
        assertThat(single.problemFields()).containsExactly("partyIds");
        assertThat(repeated.status()).isEqualTo(422);
        assertThat(repeated.problemFields()).containsExactly("partyIds[1]");
    }

    @Test
    void namesEveryInvalidFieldInOneProblem() {
        var body = mou("Invalid", institution("A"), institution("B"));
        body.put("title", " ");
        body.remove("kind");
        body.put("status", null);
        body.put("summary", "x".repeat(20001));

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("kind", "status", "summary", "title");
    }

    @Test
    void refusesUnknownEnumValuesWith400() {
        var body = mou("Odd kind", institution("C"), institution("D"));
        body.put("kind", "HANDSHAKE");

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void refusesUnknownReferencesOutsideSignatoriesAndAnEndBeforeTheStart() {
        var hkust = institution("Referencing HKUST");
        var outsider = institution("Outsider");
        var body = mou("Broken references", hkust, UUID.randomUUID());
        body.put("areaCodes", List.of("MEDICAL_EDUCATION", "SPACE_TRAVEL"));
        body.put("signatories", List.of(signatory(UUID.randomUUID(), hkust, "Dean"),
                signatory(person(outsider, "Outsider"), outsider, "Dean")));
        body.put("effectiveTo", "2024-05-31");

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactlyInAnyOrder("partyIds[1]", "areaCodes[1]",
                "signatories[0].personId", "signatories[1].institutionId", "effectiveTo");
    }

    @Test
    void answers404ForAnUnknownAgreement() {
        var unknown = api.get(PATH + "/" + UUID.randomUUID());
        var put = api.send(HttpRequest.PUT(PATH + "/" + UUID.randomUUID(),
                mou("Nowhere", institution("E"), institution("F"))));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(put.status()).isEqualTo(404);
    }

    @Test
    void refusesToDeleteAnAgreementAProjectRunsUnder() {
        var created = api.post(PATH, mou("Project home", institution("G"), institution("H")));
        new Referenced(api).project(UUID.fromString((String) created.get("id")), "3.2.1");

        var refused = api.send(HttpRequest.DELETE(created.location()));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(api.get(created.location()).status()).isEqualTo(200);
    }

    @Test
    void refusesToDeleteAnInstitutionThatIsPartyToAnAgreement() {
        var party = institution("Committed");
        api.post(PATH, mou("Binding", party, institution("I")));

        var refused = api.send(HttpRequest.DELETE("/api/v1/institutions/" + party));

        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void deletesAnAgreementWithItsPartiesAndSignatories() {
        var hkust = institution("Parting HKUST");
        var body = mou("Short-lived", hkust, institution("J"));
        body.put("signatories", List.of(signatory(person(hkust, "Signer"), hkust, "Provost")));
        var created = api.post(PATH, body);

        var deleted = api.send(HttpRequest.DELETE(created.location()).header("If-Match", "\"0\""));

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(api.get(created.location()).status()).isEqualTo(404);
        assertThat(api.send(HttpRequest.DELETE("/api/v1/institutions/" + hkust)).status()).isEqualTo(409);
    }

    @Test
    void letsExactlyOneOfTwoWritersWithTheSameVersionWin() {
        var first = institution("K");
        var second = institution("L");
        var created = api.post(PATH, mou("Contested", first, second));

        var writers = List.of(mou("First writer", first, second), mou("Second writer", second, first));

        var replies = api.putConcurrently(created.location(), created.etag(), writers.toArray());

        assertThat(replies).containsExactlyInAnyOrder(200, 412);
        var read = api.get(created.location());
        assertThat(read.etag()).isEqualTo("\"1\"");
        assertThat(read.get("partyIds")).asList().hasSize(2);
    }

    @Test
    void mergePatchChangesOnlyTheGivenFieldsAndKeepsTheLists() {
        var hkust = institution("Patched HKUST");
        var body = mou("Patched", hkust, institution("M"));
        body.put("signatories", List.of(signatory(person(hkust, "Patched signer"), hkust, "President")));
        var created = api.post(PATH, body);

        var patched = api.send(HttpRequest.PATCH(created.location(), "{\"status\": \"EXPIRED\", \"summary\": null}")
                .contentType("application/merge-patch+json").header("If-Match", created.etag()));
        var stale = api.send(HttpRequest.PATCH(created.location(), Map.of("status", "TERMINATED"))
                .header("If-Match", created.etag()));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.get("status")).isEqualTo("EXPIRED");
        assertThat(patched.get("summary")).isNull();
        assertThat(patched.get("partyIds")).isEqualTo(created.get("partyIds"));
        assertThat(patched.get("signatories")).isEqualTo(created.get("signatories"));
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void filtersByPartyStatusAndKind() {
        var hkust = institution("Filtering HKUST");
        var active = api.post(PATH, mou("Active MoU", hkust, institution("N"))).get("id");
        var framework = mou("Draft framework", hkust, institution("O"));
        framework.put("kind", "FRAMEWORK");
        framework.put("status", "DRAFT");
        var draft = api.post(PATH, framework).get("id");
        api.post(PATH, mou("Someone else's", institution("P"), institution("Q")));

        assertThat(ids("?institution=" + hkust)).containsExactlyInAnyOrder(active, draft);
        assertThat(ids("?institution=" + hkust + "&status=DRAFT")).containsExactly(draft);
        assertThat(ids("?institution=" + hkust + "&kind=MOU")).containsExactly(active);
        assertThat(ids("?institution=" + hkust + "&kind=MOU&status=DRAFT")).isEmpty();
        assertThat(api.get(PATH + "?status=SIGNED").status()).isEqualTo(400);
    }

    @Test
    void recordsEachChangeInTheHistoryNewestFirst() {
        var first = institution("R");
        var second = institution("S");
        var third = institution("T");
        var created = api.post(PATH, mou("Historic", first, second));
        api.send(HttpRequest.PATCH(created.location(), Map.of("partyIds", List.of(first, second, third))));

        var history = api.get(created.location() + "/history").items();

        assertThat(history).extracting(e -> e.get("action")).containsExactly("UPDATE", "CREATE");
        assertThat(history.get(0).get("changes")).isEqualTo(Map.of("partyIds",
                Map.of("before", List.of(first, second), "after", List.of(first, second, third))));
    }

    private Object institution(String name) {
        return new Referenced(api).institution(name).toString();
    }

    private Object person(Object institutionId, String name) {
        return new Referenced(api).personAt(institutionId, name).toString();
    }

    private List<Object> ids(String query) {
        return api.get(PATH + query).items().stream().map(item -> item.get("id")).toList();
    }
}
