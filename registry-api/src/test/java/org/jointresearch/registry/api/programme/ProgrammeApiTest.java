package org.jointresearch.registry.api.programme;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jointresearch.registry.api.RegistryApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ProgrammeApiTest extends RegistryApiTest {

    private static final String PATH = "/api/v1/programmes";
    private static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

    ProgrammeFixtures programmes;

    @BeforeEach
    void prepareFixtures() {
        programmes = new ProgrammeFixtures(referenced);
    }

    @Test
    void registersAProgrammeWithItsPartnersInOrder() {
        var body = programmes.studentExchange("Clinical exchange");
        body.put("agreementId", referenced.agreement("MoU").toString());

        var created = api.post(PATH, body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo(PATH + "/" + created.get("id"));
        assertThat(created.etag()).isEqualTo("\"0\"");
        var read = api.get(created.location());
        assertThat(read.get("partnerInstitutionIds")).isEqualTo(((List<?>) body.get("partnerInstitutionIds"))
                .stream().map(Object::toString).toList());
        assertThat(read.get("agreementId")).isEqualTo(body.get("agreementId"));
        assertThat(read.get("places")).isEqualTo(12);
    }

    @Test
    void namesEveryInvalidFieldInOneProblem() {
        var body = programmes.studentExchange("Invalid");
        body.put("name", "");
        body.put("places", -1);
        body.remove("hostInstitutionId");
        body.remove("kind");

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.problemFields()).containsExactly("hostInstitutionId", "kind", "name", "places");
    }

    @Test
    void refusesAProgrammeThatEndsBeforeItStarts() {
        var body = programmes.studentExchange("Backwards");
        body.put("endsOn", "2025-01-31");

        assertThat(api.post(PATH, body).problemFields()).containsExactly("endsOn");
    }

    @Test
    void refusesTheHostAsAPartnerAndEveryUnknownOrRepeatedInstitution() {
        var host = referenced.institution("Host");
        var partner = referenced.institution("Partner");
        var body = programmes.hostedBy("Confused", host);
        body.put("partnerInstitutionIds", List.of(partner, host, partner, UNKNOWN));
        body.put("agreementId", UNKNOWN);

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactlyInAnyOrder("agreementId", "partnerInstitutionIds[1]",
                "partnerInstitutionIds[2]", "partnerInstitutionIds[3]");
    }

    @Test
    void refusesAnUnknownKindWith400AndAnUnknownIdWith404() {
        var body = programmes.studentExchange("Unknown kind");
        body.put("kind", "SABBATICAL");

        assertThat(api.post(PATH, body).status()).isEqualTo(400);
        assertThat(api.get(PATH + "/" + UNKNOWN).status()).isEqualTo(404);
        assertThat(api.send(HttpRequest.PATCH(PATH + "/" + UNKNOWN, "{}")).status()).isEqualTo(404);
    }

    @Test
    void refusesToDeleteAnInstitutionThatHostsAProgramme() {
        var host = referenced.institution("Busy host");
        api.post(PATH, programmes.hostedBy("Hosted", host));

        var refused = api.send(HttpRequest.DELETE("/api/v1/institutions/" + host));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/institutions/" + host).status()).isEqualTo(200);
    }

    @Test
    void deletesAProgramme() {
        var created = api.post(PATH, programmes.studentExchange("Short-lived"));

        assertThat(api.send(HttpRequest.DELETE(created.location()).header("If-Match", "\"0\"")).status())
                .isEqualTo(204);
        assertThat(api.get(created.location()).status()).isEqualTo(404);
    }

    @Test
    void letsExactlyOneOfTwoWritersWithTheSameVersionWin() {
        var created = api.post(PATH, programmes.studentExchange("Contested"));
        var first = programmes.studentExchange("First writer");
        var second = programmes.studentExchange("Second writer");

        var replies = api.putConcurrently(created.location(), created.etag(), first, second);

        assertThat(replies).containsExactlyInAnyOrder(200, 412);
        assertThat(api.get(created.location()).etag()).isEqualTo("\"1\"");
    }

    @Test
    void mergePatchChangesThePlacesAndKeepsThePartners() {
        var created = api.post(PATH, programmes.studentExchange("Patched"));

        var patched = api.send(HttpRequest.PATCH(created.location(), "{\"places\": 20, \"description\": null}")
                .contentType("application/merge-patch+json").header("If-Match", created.etag()));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.get("places")).isEqualTo(20);
        assertThat(patched.json()).doesNotContainKey("description");
        assertThat(patched.get("partnerInstitutionIds")).isEqualTo(created.get("partnerInstitutionIds"));
        assertThat(api.send(HttpRequest.PATCH(created.location(), "{\"places\": 1}").header("If-Match", "\"0\""))
                .status()).isEqualTo(412);
    }

    @Test
    void filtersByHostOrPartnerKindAndAgreement() {
        var host = referenced.institution("Filter host");
        var agreement = referenced.agreement("Exchange MoU", host);
        var exchange = programmes.hostedBy("Exchange", host);
        exchange.put("agreementId", agreement);
        var hosted = api.post(PATH, exchange);
        var training = programmes.studentExchange("Training");
        training.put("kind", "JOINT_TRAINING");
        training.put("partnerInstitutionIds", List.of(host));
        var partnered = api.post(PATH, training);

        assertThat(ids("?institution=" + host)).containsExactlyInAnyOrder(hosted.get("id"), partnered.get("id"));
        assertThat(ids("?institution=" + host + "&kind=JOINT_TRAINING")).containsExactly(partnered.get("id"));
        assertThat(ids("?agreement=" + agreement)).containsExactly(hosted.get("id"));
    }

    private List<Object> ids(String query) {
        return api.get(PATH + query).items().stream().map(p -> p.get("id")).toList();
    }
}
