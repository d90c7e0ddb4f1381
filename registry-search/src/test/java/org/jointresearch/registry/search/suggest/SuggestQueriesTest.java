package org.jointresearch.registry.search.suggest;

import org.jointresearch.registry.search.query.Rendered;
import org.jointresearch.registry.search.query.SearchText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The as-you-type request as built, rendered to JSON without a cluster. */
class SuggestQueriesTest {

    @Test
    void completesEveryTypedWordAndPutsAWholeNameOrAliasFirst() {
        var json = Rendered.json(SuggestQueries.request(new SearchText("浙大"), null, 10, "registry_suggestions"));

        assertThat(json.path("query").path("bool").path("must").toString())
                .contains("\"complete\":{\"operator\":\"and\",\"query\":\"浙大\"}");
        assertThat(Rendered.all(json, "constant_score").toString()).contains("label.exact", "aliases.exact");
        assertThat(json.path("sort").toString()).contains("_score", "label.sort");
        assertThat(json.path("size").asInt()).isEqualTo(10);
    }

    @Test
    void keepsToOneKindWhenAsked() {
        var json = Rendered.json(SuggestQueries.request(new SearchText("hosp"), SuggestionKind.INSTITUTION, 5, "s"));

        assertThat(json.path("query").path("bool").path("filter").toString())
                .isEqualTo("[{\"term\":{\"kind\":{\"value\":\"institution\"}}}]");
    }
}
