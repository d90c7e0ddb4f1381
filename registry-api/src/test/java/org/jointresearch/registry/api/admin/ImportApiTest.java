package org.jointresearch.registry.api.admin;

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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ImportApiTest {

    private static final String PATH = "/api/v1/admin/import";

    @Inject
    @Client("/")
    HttpClient http;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient(http);
    }

    @Test
    void importsAHierarchyChildrenFirstAndAgainWithoutChanges() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var document = Map.of("institutions", List.of(
                Map.of("key", "hospital-" + suffix, "name", "Import Hospital " + suffix, "kind", "HOSPITAL",
                        "parent", "school-" + suffix),
                Map.of("key", "school-" + suffix, "name", "Import School " + suffix, "kind", "MEDICAL_SCHOOL")));

        var first = api.post(PATH, document);
        var second = api.post(PATH, document);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.get("sections")).isEqualTo(
                Map.of("institutions", Map.of("created", 2, "updated", 0, "unchanged", 0)));
        assertThat(second.get("sections")).isEqualTo(
                Map.of("institutions", Map.of("created", 0, "updated", 0, "unchanged", 2)));
    }

    @Test
    void namesTheEntryOfAReferenceThatResolvesToNothing() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var document = Map.of("institutions", List.of(
                Map.of("key", "child-" + suffix, "name", "Child " + suffix, "kind", "HOSPITAL",
                        "parent", "missing-" + suffix)));

        var refused = api.post(PATH, document);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("institutions[0].parentId");
    }

    @Test
    void refusesAnEmptyEntryAndAnEntryWithoutAKeyNamingEach() {
        var document = "{\"institutions\": [null, {\"name\": \"Keyless\", \"kind\": \"UNIVERSITY\"}]}";

        var refused = api.send(HttpRequest.POST(PATH, document).contentType("application/json"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("institutions[0]", "institutions[1].key");
    }

    @Test
    void refusesAnInvalidDocumentWholeWithoutWritingAnyOfIt() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var document = Map.of("institutions", List.of(
                Map.of("key", "good-" + suffix, "name", "Good " + suffix, "kind", "UNIVERSITY"),
                Map.of("key", "bad-" + suffix, "name", "Bad " + suffix, "kind", "UNIVERSITY", "countryCode", "XX")));

        var refused = api.post(PATH, document);
        var listed = api.get("/api/v1/institutions?size=100").items();

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("institutions[1].countryCode");
        assertThat(listed).extracting(i -> i.get("name")).doesNotContain("Good " + suffix);
    }
}
