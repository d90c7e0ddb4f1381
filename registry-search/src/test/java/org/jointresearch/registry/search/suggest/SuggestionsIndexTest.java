package org.jointresearch.registry.search.suggest;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.search.Eventually;
import org.jointresearch.registry.search.IndexProbe;
import org.jointresearch.registry.search.RegistryFixtures;
import org.jointresearch.registry.search.index.RegistryIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The suggestions index completes a half-typed English or Chinese name, alias or title. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuggestionsIndexTest {

    @Inject
    RegistryFixtures fixtures;

    @Inject
    IndexProbe probe;

    private String hospital;
    private String university;

    @BeforeAll
    void registerInstitutions() {
        var first = fixtures.hospital("First Affiliated Hospital", "浙江大学医学院附属第一医院", "浙大一院", "FAHZU");
        var hkust = fixtures.university("Hong Kong University of Science and Technology");
        hospital = first.name();
        university = hkust.name();
        Eventually.await("the hospital suggested", () -> labels("hosp"), labels -> labels.contains(hospital));
        Eventually.await("the university suggested", () -> labels("hong kong"),
                labels -> labels.contains(university));
    }

    @Test
    void completesTheStartOfAnyWordOfAName() {
        assertThat(labels("hosp")).contains(hospital).doesNotContain(university);
        assertThat(labels("scie tech")).contains(university);
    }

    @Test
    void completesAChineseAliasFromItsFirstCharacters() {
        assertThat(labels("浙大")).contains(hospital);
        assertThat(labels("浙")).contains(hospital);
    }

    @Test
    void completesAPhraseOfSeveralWordsToADiscipline() {
        assertThat(kinds("AI in")).contains("discipline");
        assertThat(labels("AI in")).contains("AI in medicine");
        assertThat(labels("人工智能")).contains("AI in medicine");
    }

    private List<String> labels(String typed) {
        return suggestions(typed).stream().map(SuggestionDocument::label).toList();
    }

    private List<String> kinds(String typed) {
        return suggestions(typed).stream().map(SuggestionDocument::kind).distinct().toList();
    }

    private List<SuggestionDocument> suggestions(String typed) {
        return probe.search(RegistryIndex.SUGGESTIONS, Query.of(q -> q.match(match -> match.field("complete")
                .query(typed).operator(Operator.And))), SuggestionDocument.class);
    }
}
