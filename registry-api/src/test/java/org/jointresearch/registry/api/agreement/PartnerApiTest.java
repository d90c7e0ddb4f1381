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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.api.agreement.AgreementFixtures.mou;

@MicronautTest(transactional = false)
class PartnerApiTest {

    private static final String INSTITUTIONS = "/api/v1/institutions";
    private static final String AGREEMENTS = "/api/v1/agreements";

    @Inject
    @Client("/")
    HttpClient http;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(http);
    }

    @Test
    void partnersAreExactlyTheInstitutionsSharingAnAgreementEachOnce() {
        var hkust = institution("HKUST");
        var first = institution("First Affiliated Hospital");
        var second = institution("Second Affiliated Hospital");
        var srrsh = institution("Sir Run Run Shaw Hospital");
        var stranger = institution("Unrelated University");
        api.post(AGREEMENTS, mou("MoU with the First", hkust, first));
        api.post(AGREEMENTS, mou("Renewed MoU with the First", first, hkust));
        api.post(AGREEMENTS, mou("Three-way MoU", second, srrsh, hkust));
        api.post(AGREEMENTS, mou("Without HKUST", first, stranger));

        assertThat(partnerIds(hkust)).containsExactlyInAnyOrder(first, second, srrsh);
        assertThat(partnerIds(first)).containsExactlyInAnyOrder(hkust, stranger);
        assertThat(partnerIds(stranger)).containsExactly(first);
    }

    @Test
    void anInstitutionWithoutAgreementsHasNoPartners() {
        var loner = institution("Loner");

        var partners = api.get(INSTITUTIONS + "/" + loner + "/partners");

        assertThat(partners.status()).isEqualTo(200);
        assertThat(partners.items()).isEmpty();
        assertThat(partners.get("total")).isEqualTo(0);
    }

    @Test
    void aPartnershipEndsWhenItsLastAgreementIsDeleted() {
        var hkust = institution("Parting HKUST");
        var hospital = institution("Parting Hospital");
        var agreement = api.post(AGREEMENTS, mou("Only link", hkust, hospital));

        api.send(HttpRequest.DELETE(agreement.location()));

        assertThat(partnerIds(hkust)).isEmpty();
    }

    @Test
    void answers404ForAnUnknownInstitution() {
        var unknown = api.get(INSTITUTIONS + "/" + UUID.randomUUID() + "/partners");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
    }

    private Object institution(String name) {
        return new Referenced(api).institution(name).toString();
    }

    private List<Object> partnerIds(Object institutionId) {
        return api.get(INSTITUTIONS + "/" + institutionId + "/partners").items().stream()
                .map(item -> item.get("id")).toList();
    }
}
