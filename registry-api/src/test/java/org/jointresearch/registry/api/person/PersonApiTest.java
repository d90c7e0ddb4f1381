package org.jointresearch.registry.api.person;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.Referenced;
import org.jointresearch.registry.core.person.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.api.agreement.AgreementFixtures.mou;
import static org.jointresearch.registry.api.agreement.AgreementFixtures.signatory;
import static org.jointresearch.registry.api.person.PersonFixtures.affiliatedWith;
import static org.jointresearch.registry.api.person.PersonFixtures.affiliation;
import static org.jointresearch.registry.api.person.PersonFixtures.randomOrcid;
import static org.jointresearch.registry.api.person.PersonFixtures.researcher;

@MicronautTest(transactional = false)
class PersonApiTest {

    private static final String PATH = "/api/v1/people";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    People people;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(http);
    }

    @Test
    void registersAPersonWithAffiliationsAndAnswersWithItsLocationAndVersion() {
        var hospital = institution("First Affiliated Hospital");
        var body = researcher("Li Hua");
        body.put("affiliations", List.of(affiliation(hospital, "2018-01-01", "2022-12-31"),
                affiliation(hospital, "2023-01-01", null)));

        var created = api.post(PATH, body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo(PATH + "/" + created.get("id"));
        assertThat(created.etag()).isEqualTo("\"0\"");
        var read = api.get(created.location());
        assertThat(read.get("disciplineCodes")).isEqualTo(List.of("3.2.1"));
        assertThat(read.get("affiliations")).asList().hasSize(2);
        assertThat(((List<?>) read.get("affiliations")).getFirst())
                .isEqualTo(Map.of("institutionId", hospital, "position", "Professor",
                        "from", "2018-01-01", "to", "2022-12-31"));
    }

    @Test
    void neverShowsTheEmailAddressToAnonymousCallersYetKeepsItThroughAPatch() {
        var created = api.post(PATH, researcher("Discreet"));

        var patched = api.send(HttpRequest.PATCH(created.location(), Map.of("honorific", "Dr")));
        var history = api.get(created.location() + "/history");

        var anonymous = api.anonymous();
        assertThat(anonymous.get(created.location()).json()).doesNotContainKey("email");
        assertThat(patched.get("email")).isEqualTo("li.hua@example.org");
        assertThat(anonymous.get(PATH + "?q=" + created.get("name").toString().split(" ")[1]).items())
                .isNotEmpty().allSatisfy(item -> assertThat(item).doesNotContainKey("email"));
        assertThat(history.items().toString()).doesNotContain("li.hua@example.org");
        var stored = people.get(UUID.fromString((String) created.get("id"))).person();
        assertThat(stored.email()).isEqualTo("li.hua@example.org");
        assertThat(stored.honorific()).isEqualTo("Dr");
    }

    @Test
    void namesEveryInvalidFieldInOneProblem() {
        var body = researcher("Invalid");
        body.put("name", " ");
        body.put("email", "not-an-address");
        body.put("expertise", "x".repeat(4001));
        body.put("affiliations", List.of(Map.of("position", "Lecturer")));

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.problemFields())
                .containsExactly("affiliations[0].institutionId", "email", "expertise", "name");
    }

    @Test
    void refusesAnOrcidWithAWrongCheckCharacterAndAcceptsTheRightOne() {
        var wrong = researcher("Wrong ORCID");
        wrong.put("orcid", "0000-0002-1825-0098");
        var right = researcher("Josiah Carberry");
        right.put("orcid", "0000-0002-1825-0097");

        var refused = api.post(PATH, wrong);
        var accepted = api.post(PATH, right);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("orcid");
        assertThat(accepted.status()).isEqualTo(201);
        assertThat(accepted.get("orcid")).isEqualTo("0000-0002-1825-0097");
    }

    @Test
    void refusesASecondPersonWithTheSameOrcidWith409() {
        var orcid = randomOrcid();
        var first = researcher("First holder");
        first.put("orcid", orcid);
        var second = researcher("Second holder");
        second.put("orcid", orcid);

        assertThat(api.post(PATH, first).status()).isEqualTo(201);
        var refused = api.post(PATH, second);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.problemFields()).containsExactly("orcid");
    }

    @Test
    void refusesUnknownReferencesRepeatedCodesAndAnAffiliationEndingBeforeItStarts() {
        var hospital = institution("Referenced Hospital");
        var body = researcher("Badly referenced");
        body.put("disciplineCodes", List.of("3.2.1", "9.9", "3.2.1"));
        body.put("affiliations", List.of(affiliation(UUID.randomUUID(), null, null),
                affiliation(hospital, "2020-01-01", "2019-12-31")));

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactlyInAnyOrder("disciplineCodes[1]", "disciplineCodes[2]",
                "affiliations[0].institutionId", "affiliations[1].to");
    }

    @Test
    void answers404ForAnUnknownPerson() {
        var unknown = api.get(PATH + "/" + UUID.randomUUID());
        var patch = api.send(HttpRequest.PATCH(PATH + "/" + UUID.randomUUID(), Map.of("name", "Nobody")));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(patch.status()).isEqualTo(404);
    }

    @Test
    void refusesToDeleteAPersonWhoSignedAnAgreement() {
        var hkust = institution("HKUST");
        var hospital = institution("Signing Hospital");
        var president = api.post(PATH, affiliatedWith(hkust, "President"));
        var agreement = mou("Signed MoU", hkust, hospital);
        agreement.put("signatories", List.of(signatory(president.get("id"), hkust, "President")));
        assertThat(api.post("/api/v1/agreements", agreement).status()).isEqualTo(201);

        var refused = api.send(HttpRequest.DELETE(president.location()));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(api.get(president.location()).status()).isEqualTo(200);
    }

    @Test
    void deletesAnUnreferencedPersonWithTheirAffiliations() {
        var hospital = institution("Emptied Hospital");
        var created = api.post(PATH, affiliatedWith(hospital, "Short-lived"));

        assertThat(api.send(HttpRequest.DELETE(created.location()).header("If-Match", "\"0\"")).status())
                .isEqualTo(204);
        assertThat(api.get(created.location()).status()).isEqualTo(404);
        assertThat(api.get(PATH + "?institution=" + hospital).items()).isEmpty();
        assertThat(api.send(HttpRequest.DELETE("/api/v1/institutions/" + hospital)).status()).isEqualTo(204);
    }

    @Test
    void letsExactlyOneOfTwoWritersWithTheSameVersionWin() {
        var hospital = institution("Contested Hospital");
        var created = api.post(PATH, affiliatedWith(hospital, "Contested"));
        var first = affiliatedWith(hospital, "First writer");
        var second = affiliatedWith(hospital, "Second writer");

        var replies = api.putConcurrently(created.location(), created.etag(), first, second);

        assertThat(replies).containsExactlyInAnyOrder(200, 412);
        var read = api.get(created.location());
        assertThat(read.etag()).isEqualTo("\"1\"");
        assertThat(read.get("affiliations")).asList().hasSize(1);
    }

    @Test
    void mergePatchChangesOnlyTheGivenFieldsAndNullRemovesOne() {
        var hospital = institution("Patched Hospital");
        var created = api.post(PATH, affiliatedWith(hospital, "Patched"));

        var patched = api.send(HttpRequest.PATCH(created.location(),
                        "{\"expertise\": \"Surgical robotics\", \"nameZh\": null, \"disciplineCodes\": [\"2.6.1\"]}")
                .contentType("application/merge-patch+json").header("If-Match", created.etag()));
        var stale = api.send(HttpRequest.PATCH(created.location(), Map.of("honorific", "Dr"))
                .header("If-Match", created.etag()));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.get("expertise")).isEqualTo("Surgical robotics");
        assertThat(patched.get("nameZh")).isNull();
        assertThat(patched.get("disciplineCodes")).isEqualTo(List.of("2.6.1"));
        assertThat(patched.get("affiliations")).isEqualTo(created.get("affiliations"));
        assertThat(patched.etag()).isEqualTo("\"1\"");
        assertThat(stale.status()).isEqualTo(412);
    }

    @Test
    void filtersByInstitutionByDisciplineSubtreeAndByName() {
        var token = UUID.randomUUID().toString().substring(0, 8);
        var zju = institution("Filter ZJU");
        var hkust = institution("Filter HKUST");
        var aiAtZju = personWith(zju, "Alpha " + token, "3.2.1");
        var clinicianAtHkust = personWith(hkust, "Beta " + token, "3.2");
        var mathematicianAtZju = personWith(zju, "Gamma " + token, "1.1");

        assertThat(ids("?institution=" + zju)).containsExactlyInAnyOrder(aiAtZju, mathematicianAtZju);
        assertThat(ids("?q=" + token.toUpperCase() + "&discipline=3.2"))
                .containsExactlyInAnyOrder(aiAtZju, clinicianAtHkust);
        assertThat(ids("?q=" + token + "&discipline=3")).containsExactlyInAnyOrder(aiAtZju, clinicianAtHkust);
        assertThat(ids("?q=" + token + "&discipline=3.2.1")).containsExactly(aiAtZju);
        assertThat(ids("?discipline=3.2&institution=" + zju)).containsExactly(aiAtZju);
        assertThat(ids("?q=" + token + "&discipline=9.9")).isEmpty();
        assertThat(ids("?q=alpha%20" + token)).containsExactly(aiAtZju);
    }

    @Test
    void recordsEachChangeInTheHistoryNewestFirst() {
        var created = api.post(PATH, researcher("Historic"));
        api.send(HttpRequest.PATCH(created.location(), Map.of("honorific", "Dr")));

        var history = api.get(created.location() + "/history").items();

        assertThat(history).extracting(e -> e.get("action")).containsExactly("UPDATE", "CREATE");
        assertThat(history.get(0).get("changes"))
                .isEqualTo(Map.of("honorific", Map.of("before", "Prof.", "after", "Dr")));
    }

    private Object institution(String name) {
        return new Referenced(api).institution(name).toString();
    }

    private Object personWith(Object institutionId, String name, String disciplineCode) {
        var body = affiliatedWith(institutionId, "unused");
        body.put("name", name);
        body.put("disciplineCodes", List.of(disciplineCode));
        return api.post(PATH, body).get("id");
    }

    private List<Object> ids(String query) {
        return api.get(PATH + query).items().stream().map(item -> item.get("id")).toList();
    }
}
