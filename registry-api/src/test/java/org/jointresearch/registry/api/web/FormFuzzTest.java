package org.jointresearch.registry.api.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.jointresearch.registry.api.ApiClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends every form of the web interface, as an administrator with a valid token, fields of random names,
 * rows and values (broken dates, identifiers, numbers, far-off years, odd characters): each answer must
 * be a page, never a 5xx.
 */
@MicronautTest(transactional = false)
class FormFuzzTest {

    private static final int REQUESTS_PER_FORM = 80;
    private static final String[] NAMES = {"title", "name", "nameZh", "kind", "status", "parentId", "countryCode",
            "rorId", "website", "aliases", "keywords", "disciplineCodes", "areaCodes", "startsOn", "endsOn",
            "signedOn", "effectiveFrom", "effectiveTo", "establishedOn", "centreId", "teamId", "agreementId",
            "version", "grow", "shown.people", "partyIds[0]", "partyIds[7]", "institutionIds[1]", "directorIds[0]",
            "people[0].personId", "people[0].role", "people[9999].role", "funding[0].source", "funding[0].amount",
            "funding[0].currency", "signatories[0].personId", "signatories[0].institutionId", "signatories[2].role"};
    private static final String[] VALUES = {"", " ", "ACTIVE", "LEAD", "UNIVERSITY", "MOU", "CN", "3.2.1",
            "2025-02-30", "+9999999-01-01", "0000-01-01", "2025-09-01", "-5", "1e999999999", "12345678901234567890.123",
            "not-an-id", "people", "partyIds", "99999", "\u0000", "浙大医学院", "<script>x</script>", "https://x.example"};

    @Inject
    EmbeddedServer server;

    @Inject
    Router router;

    @Test
    void noFormAnswersRandomFieldsWithA5xx() {
        var random = new Random(20261128);
        var failures = new ArrayList<String>();
        try (var admin = new FormClient(server.getURL())) {
            admin.signIn("admin", ApiClient.ADMIN_PASSWORD);
            var forms = router.uriRoutes().filter(route -> route.getHttpMethod() == HttpMethod.POST)
                    .map(route -> route.getUriMatchTemplate().toString())
                    .filter(path -> path.endsWith("/new") || path.endsWith("/edit")).toList();
            assertThat(forms).isNotEmpty();
            for (var form : forms) {
                for (int i = 0; i < REQUESTS_PER_FORM; i++) {
                    var fields = randomFields(random);
                    var page = admin.post(form.replace("{id}", UUID.randomUUID().toString()), fields);
                    if (page.status() >= 500) {
                        failures.add(form + " " + String.join("|", fields) + " -> " + page.status());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String[] randomFields(Random random) {
        var fields = new String[2 * (1 + random.nextInt(12))];
        for (int i = 0; i < fields.length; i += 2) {
            fields[i] = NAMES[random.nextInt(NAMES.length)];
            fields[i + 1] = random.nextInt(5) == 0 ? UUID.randomUUID().toString() : VALUES[random.nextInt(VALUES.length)];
        }
        return fields;
    }
}
