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
import java.util.concurrent.ThreadLocalRandom;

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

    @Test
    void namesEveryBrokenReferenceOfABatchOfProjectsAndWritesNoneOfThem() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var document = Map.of(
                "institutions", List.of(institution(suffix)),
                "people", List.of(person(suffix)),
                "projects", List.of(
                        project("good-" + suffix, suffix, "lead-" + suffix),
                        project("nobody-" + suffix, suffix, "missing-" + suffix),
                        Map.of("key", "orphan-" + suffix, "title", "Orphan " + suffix, "status", "ACTIVE",
                                "disciplineCodes", List.of("3.2"), "centre", "missing-" + suffix)));

        var refused = api.post(PATH, document);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("projects[1].people[0].personId", "projects[2].centreId");
        assertThat(api.get("/api/v1/institutions?size=100").items()).extracting(i -> i.get("name"))
                .doesNotContain("Batch Hospital " + suffix);
    }

    @Test
    void storesAProjectOfABatchWithItsRowsAndItsHistoryAsTheApiWould() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var document = Map.of(
                "institutions", List.of(institution(suffix)),
                "people", List.of(person(suffix)),
                "projects", List.of(project("first-" + suffix, suffix, "lead-" + suffix),
                        project("second-" + suffix, suffix, "lead-" + suffix)));

        var imported = api.post(PATH, document);
        var institutionId = api.get("/api/v1/institutions?size=100").items().stream()
                .filter(i -> i.get("name").equals("Batch Hospital " + suffix)).findFirst().orElseThrow().get("id");
        var stored = api.get("/api/v1/projects?institution=" + institutionId).items();

        assertThat(imported.get("sections")).isEqualTo(Map.of(
                "institutions", Map.of("created", 1, "updated", 0, "unchanged", 0),
                "people", Map.of("created", 1, "updated", 0, "unchanged", 0),
                "projects", Map.of("created", 2, "updated", 0, "unchanged", 0)));
        assertThat(stored).extracting(p -> p.get("title"))
                .containsExactlyInAnyOrder("Project first-" + suffix, "Project second-" + suffix);
        var first = stored.stream().filter(p -> p.get("title").equals("Project first-" + suffix)).findFirst()
                .orElseThrow();
        assertThat(first.get("institutionIds")).isEqualTo(List.of(institutionId));
        assertThat(first.get("people")).asList().singleElement().asString().contains("LEAD");
        assertThat(first.get("funding")).asList().singleElement().asString().contains("1200000");
        var history = api.get("/api/v1/projects/" + first.get("id") + "/history").items();
        assertThat(history).singleElement().satisfies(entry -> {
            assertThat(entry.get("action")).isEqualTo("CREATE");
            assertThat(entry.get("actor")).isEqualTo("admin");
            assertThat(entry.get("changes").toString()).contains("Project first-" + suffix);
        });
        assertThat(api.post(PATH, document).get("sections")).isEqualTo(Map.of(
                "institutions", Map.of("created", 0, "updated", 0, "unchanged", 1),
                "people", Map.of("created", 0, "updated", 0, "unchanged", 1),
                "projects", Map.of("created", 0, "updated", 0, "unchanged", 2)));
    }

    @Test
    void refusesAnOrcidTwoPeopleOfABatchShareAndWritesNeither() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var orcid = freshOrcid();
        var document = Map.of("people", List.of(
                Map.of("key", "first-" + suffix, "name", "First " + suffix, "orcid", orcid),
                Map.of("key", "second-" + suffix, "name", "Second " + suffix, "orcid", orcid)));

        var refused = api.post(PATH, document);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemFields()).containsExactly("people[1].orcid");
        assertThat(api.get("/api/v1/people?size=100&q=" + suffix).items()).isEmpty();
    }

    @Test
    void refusesAKeyNamedTwiceInItsSection() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var document = Map.of("institutions", List.of(institution(suffix), institution(suffix)));

        var refused = api.post(PATH, document);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("institutions[1].key");
    }

    @Test
    void leavesTheIndexingOfAnImportToOneRebuildWhenAsked() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var document = Map.of(
                "institutions", List.of(institution(suffix)),
                "people", List.of(person(suffix)),
                "projects", List.of(project("rebuilt-" + suffix, suffix, "lead-" + suffix)));

        var imported = api.post(PATH + "?rebuildIndex=true", document);
        var found = IndexCheck.await("the imported project searchable",
                () -> api.get("/api/v1/search/projects?q=" + suffix).items(), items -> !items.isEmpty());
        var status = api.get("/api/v1/admin/index-status");

        assertThat(imported.status()).isEqualTo(200);
        assertThat(found).extracting(p -> p.get("title")).containsExactly("Project rebuilt-" + suffix);
        assertThat(status.get("reindex").toString()).contains("finishedAt");
        assertThat(((Map<?, ?>) status.get("outbox")).get("rebuildRequestedAt")).isNull();
    }

    @Test
    void refusesARebuildFlagThatIsNoBoolean() {
        var refused = api.post(PATH + "?rebuildIndex=later", Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.problemFields()).containsExactly("rebuildIndex");
    }

    /** An ORCID no other test uses: fifteen random digits and their ISO 7064 MOD 11-2 check character. */
    private static String freshOrcid() {
        var digits = new StringBuilder();
        int total = 0;
        for (int i = 0; i < 15; i++) {
            int digit = ThreadLocalRandom.current().nextInt(10);
            digits.append(digit);
            total = (total + digit) * 2;
        }
        int check = (12 - total % 11) % 11;
        digits.append(check == 10 ? "X" : String.valueOf(check));
        return digits.substring(0, 4) + "-" + digits.substring(4, 8) + "-" + digits.substring(8, 12) + "-"
                + digits.substring(12);
    }

    private static Map<String, Object> institution(String suffix) {
        return Map.of("key", "hospital-" + suffix, "name", "Batch Hospital " + suffix, "kind", "HOSPITAL");
    }

    private static Map<String, Object> person(String suffix) {
        return Map.of("key", "lead-" + suffix, "name", "Lead " + suffix,
                "affiliations", List.of(Map.of("institution", "hospital-" + suffix)));
    }

    private static Map<String, Object> project(String key, String suffix, String lead) {
        return Map.of("key", key, "title", "Project " + key, "status", "ACTIVE", "disciplineCodes", List.of("3.2"),
                "institutions", List.of("hospital-" + suffix),
                "people", List.of(Map.of("person", lead, "role", "LEAD")),
                "funding", List.of(Map.of("source", "NSFC", "amount", 1200000, "currency", "CNY")));
    }
}
