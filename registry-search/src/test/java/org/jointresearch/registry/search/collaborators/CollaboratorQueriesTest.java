package org.jointresearch.registry.search.collaborators;

import com.fasterxml.jackson.databind.JsonNode;
import org.jointresearch.registry.search.query.Rendered;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The collaborator search as built, rendered to JSON without a cluster. */
class CollaboratorQueriesTest {

    private static final String ALIAS = "registry_people";

    @Test
    void ranksByExpertiseAndByMatchingProjectsWhichItReturnsAsEvidence() {
        var json = rendered(new CollaboratorQuery("AI in medicine", null, null, null, null, null, null), null);

        var nested = Rendered.all(json, "nested").getFirst();
        assertThat(nested.path("path").asText()).isEqualTo("projects");
        assertThat(nested.path("score_mode").asText()).isEqualTo("sum");
        assertThat(nested.path("inner_hits").path("name").asText()).isEqualTo("projects");
        assertThat(Rendered.all(json, "fields").toString()).contains("expertise^3", "projects.title^6",
                "projects.disciplineNames^1.5").doesNotContain("projects.summary");
        assertThat(json.path("sort").get(0).has("_score")).isTrue();
    }

    @Test
    void keepsPeopleAtThePartnersAndLeavesOutTheOneExcluded() {
        var partner = UUID.randomUUID();
        var excluded = UUID.randomUUID();

        var filters = rendered(new CollaboratorQuery("surgery", null, UUID.randomUUID(), "3.2", excluded, null, null),
                Set.of(partner)).path("query").path("bool").path("filter").toString();

        assertThat(filters).contains("\"terms\":{\"affiliations.institutionId\":[\"" + partner + "\"]}",
                "\"must_not\":[{\"ids\":{\"values\":[\"" + excluded + "\"]}}]", "disciplineAncestors");
    }

    @Test
    void anInstitutionWithoutPartnersLeavesNoOne() {
        var filters = rendered(new CollaboratorQuery(null, null, UUID.randomUUID(), null, null, null, null), Set.of())
                .path("query").path("bool").path("filter");

        assertThat(filters.toString()).contains("\"terms\":{\"affiliations.institutionId\":[]}");
    }

    @Test
    void listsEveryoneTheFiltersLeaveByNameWithoutATopic() {
        var json = rendered(new CollaboratorQuery("  ", UUID.randomUUID(), null, null, null, null, null), null);

        assertThat(Rendered.all(json, "nested")).isEmpty();
        assertThat(json.path("sort").get(0).has("name.sort")).isTrue();
    }

    private static JsonNode rendered(CollaboratorQuery query, Set<UUID> partners) {
        return Rendered.json(CollaboratorQueries.search(query, partners == null ? null : List.copyOf(partners), ALIAS)
                .request());
    }
}
