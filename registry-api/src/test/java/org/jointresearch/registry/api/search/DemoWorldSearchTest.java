package org.jointresearch.registry.api.search;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.SearchUri;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search over the demo world: the founding use case, a researcher at HKUST looking for who works on AI in
 * medicine at the partner hospitals; and no search result anywhere carrying an e-mail address.
 */
@MicronautTest(transactional = false)
@Property(name = "registry.demo-data", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoWorldSearchTest {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");
    private static final String HKUST = SearchCorpus.id("institutions", "hkust").toString();
    private static final Set<String> PARTNER_HOSPITALS = Set.of(SearchCorpus.id("institutions", "fahzu").toString(),
            SearchCorpus.id("institutions", "sahzu").toString(), SearchCorpus.id("institutions", "srrsh").toString());

    @Inject
    @Client("/")
    HttpClient http;

    private ApiClient admin;
    private SearchCorpus world;

    @BeforeAll
    void awaitTheDemoWorldIndexed() {
        admin = new ApiClient(http);
        world = SearchCorpus.demoWorld(admin);
    }

    @Test
    void aResearcherAtHkustFindsWhoWorksOnAiInMedicineAtThePartnerHospitals() {
        var found = admin.anonymous().get(SearchUri.of("/api/v1/search/collaborators", "topic", "AI in medicine",
                "partnerOf", HKUST, "size", "5"));

        assertThat(found.status()).isEqualTo(200);
        assertThat(world.keys(found)).hasSize(5).contains("demo-zhou-yiran", "demo-he-xiaoyu", "demo-gao-lina");
        assertThat(found.items()).allSatisfy(researcher -> {
            assertThat(institutionIds(researcher)).isNotEmpty().isSubsetOf(PARTNER_HOSPITALS);
            assertThat(evidence(researcher)).isNotEmpty().allSatisfy(project -> assertThat(project)
                    .containsKeys("projectId", "title", "role", "status"));
        });
        assertThat(evidence(found.items().getFirst()).toString()).containsAnyOf("AI", "Deep learning");
    }

    @Test
    void completesTheChineseAbbreviationOfZhejiangUniversity() {
        var typed = admin.anonymous().get(SearchUri.of("/api/v1/search/suggest", "q", "浙大")).items();

        assertThat(typed.getFirst()).containsEntry("label", "Zhejiang University").containsEntry("labelZh", "浙江大学");
        assertThat(typed).extracting(entry -> entry.get("label"))
                .contains("The First Affiliated Hospital, Zhejiang University School of Medicine");
    }

    @Test
    void noSearchShowsAnEmailAddressNotEvenToAnAdministrator() {
        var addresses = world.values("people", "email");
        assertThat(addresses).isNotEmpty();

        for (var caller : List.of(admin.anonymous(), admin)) {
            var answers = String.join("\n", everySearchFor(caller));

            assertThat(EMAIL.matcher(answers).find()).as(EMAIL.matcher(answers).results().map(m -> m.group())
                    .findFirst().orElse("")).isFalse();
            assertThat(answers).doesNotContain(addresses.toArray(String[]::new));
        }
    }

    /** Every search that can show a person, for every demo person by name, as text. */
    private List<String> everySearchFor(ApiClient caller) {
        var answers = new ArrayList<String>();
        answers.add(caller.get("/api/v1/search/people?size=100").body().toString());
        answers.add(caller.get("/api/v1/search/collaborators?size=100").body().toString());
        answers.add(caller.get("/api/v1/search/projects?size=100").body().toString());
        answers.add(caller.get("/api/v1/search/centres?size=100").body().toString());
        for (var name : world.values("people", "name")) {
            for (var path : List.of("/api/v1/search/people", "/api/v1/search/projects", "/api/v1/search/suggest")) {
                answers.add(caller.get(SearchUri.of(path, "q", name)).body().toString());
            }
            answers.add(caller.get(SearchUri.of("/api/v1/search/collaborators", "topic", name)).body().toString());
        }
        return answers;
    }

    @SuppressWarnings("unchecked")
    private static List<String> institutionIds(Map<String, Object> researcher) {
        return ((List<Map<String, Object>>) researcher.get("affiliations")).stream()
                .map(affiliation -> (String) affiliation.get("institutionId")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> evidence(Map<String, Object> researcher) {
        return (List<Map<String, Object>>) researcher.get("evidence");
    }
}
