package org.jointresearch.registry.api.search;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.SearchUri;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding collaborators over the fixed corpus: Lakeside University has agreements with Northbank and Southgate
 * hospitals (and Zhejiang University), not with Eastfield, whose Zhao Gang also works on AI in medicine.
 */
@MicronautTest(transactional = false)
class CollaboratorSearchTest extends CorpusSearchTest {

    private static final String PATH = "/api/v1/search/collaborators";
    private static final String TOPIC = "AI in medicine";

    private final String lakeside = id("institutions", "lut");

    @Test
    void findsWhoWorksOnTheTopicAtThePartnerInstitutionsOnly() {
        assertThat(keys("topic", TOPIC, "partnerOf", lakeside)).containsExactlyInAnyOrder("wang", "chen");
        assertThat(keys("topic", TOPIC)).contains("wang", "chen", "zhao", "alice");
    }

    @Test
    void showsTheMatchingProjectsAndTheResearchersRoleInEachAsEvidence() {
        var found = collaborators("topic", TOPIC, "partnerOf", lakeside);

        assertThat(evidence(found, "wang")).contains(
                Map.entry("icu-sepsis-ml", "LEAD"), Map.entry("sepsis-alerts", "LEAD"),
                Map.entry("sepsis-alerts-fatigue", "LEAD")).doesNotContainKey("liver-cancer-zh");
        assertThat(evidence(found, "chen")).containsEntry("paed-sepsis-warning", "LEAD");
        assertThat(item(found, "wang").get("highlights").toString()).contains("<em>AI</em> <em>in</em> <em>medicine</em>");
    }

    @Test
    void ranksAResearcherWhoseExpertiseAndProjectsBothMatchFirst() {
        var sepsis = collaborators("topic", "sepsis");

        assertThat(corpus.keys(sepsis)).startsWith("wang").contains("chen", "alice").doesNotContain("lina");
        assertThat(evidence(sepsis, "alice")).containsEntry("icu-sepsis-ml", "CO_INVESTIGATOR")
                .containsEntry("paed-sepsis-warning", "MEMBER");
    }

    @Test
    void narrowsByInstitutionDisciplineAndLeavesOutTheOneWhoAsks() {
        assertThat(keys("topic", TOPIC, "partnerOf", lakeside, "exclude", id("people", "wang")))
                .containsExactly("chen");
        assertThat(keys("topic", TOPIC, "institution", id("institutions", "nbh")))
                .containsExactly("wang");
        assertThat(keys("topic", TOPIC, "partnerOf", lakeside, "discipline", "3.3")).containsExactly("chen");
    }

    @Test
    void withoutATopicListsEveryoneAtThePartnersByName() {
        var everyone = collaborators("partnerOf", lakeside);

        assertThat(corpus.keys(everyone)).containsExactly("chen", "lina", "wang");
        assertThat(everyone.items()).allSatisfy(item -> assertThat(item.get("evidence")).isEqualTo(List.of()));
    }

    @Test
    void anUnknownPartnerInstitutionIsNotFound() {
        var reply = anyone.get(SearchUri.of(PATH, "topic", TOPIC, "partnerOf", UUID.randomUUID().toString()));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
    }

    private ApiClient.Reply collaborators(String... parameters) {
        return found(PATH, parameters);
    }

    private List<String> keys(String... parameters) {
        return corpus.keys(collaborators(parameters));
    }

    private Map<String, Object> item(ApiClient.Reply reply, String key) {
        return reply.items().stream().filter(item -> corpus.key(item.get("id")).equals(key)).findFirst().orElseThrow();
    }

    /** The researcher's evidence as project key to role. */
    @SuppressWarnings("unchecked")
    private Map<String, String> evidence(ApiClient.Reply reply, String key) {
        var projects = (List<Map<String, Object>>) item(reply, key).get("evidence");
        return projects.stream().collect(Collectors.toMap(
                project -> corpus.key(project.get("projectId")), project -> (String) project.get("role")));
    }
}
