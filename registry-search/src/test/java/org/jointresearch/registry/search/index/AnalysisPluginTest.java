package org.jointresearch.registry.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.analyze.AnalyzeToken;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's analysis plugin inside the real Elasticsearch: what its analyzers make of text,
 * and what that changes for search, compared with the built-in standard analyzer.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisPluginTest {

    private static final Map<String, String> TITLES = Map.of(
            "hospitals", "Hospitals researching clinical imaging",
            "cafe", "Café de l'Université seminar",
            "medicine", "浙江大学医学院 joint laboratory",
            "chinese-medicine", "中医药大学 herbal formulas",
            "shared-characters", "学术交流与医疗合作");

    @Inject
    ElasticsearchClient client;

    @Inject
    IndexSettings settings;

    private String index;

    @BeforeAll
    void indexTitles() throws IOException {
        index = settings.name("analysis_check");
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        try (var mapping = getClass().getResourceAsStream("/analysis/text-index.json")) {
            client.indices().create(c -> c.index(index).withJson(mapping));
        }
        for (var title : TITLES.entrySet()) {
            client.index(i -> i.index(index).id(title.getKey()).document(Map.of("title", title.getValue())));
        }
        client.indices().refresh(r -> r.index(index));
    }

    @AfterAll
    void dropIndex() throws IOException {
        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
    }

    @Test
    void stemsEnglishFoldsAccentsAndPairsChineseCharacters() throws IOException {
        assertThat(tokens("registry_text", "Hospitals researching Café 浙江大学医学院"))
                .containsExactly("hospital", "research", "cafe", "浙江", "江大", "大学", "学医", "医学", "学院");
    }

    @Test
    void cutsPrefixesForSuggestionsWithoutStemming() throws IOException {
        assertThat(tokens("registry_prefix", "Imaging")).startsWith("i", "im", "ima").contains("imaging");
        assertThat(tokens("registry_prefix_search", "Imagi")).containsExactly("imagi");
    }

    @Test
    void keepsAnExactValueWholeButFolded() throws IOException {
        assertThat(tokens("registry_exact_folded", "Université Côte d’Azur")).containsExactly("universite cote d'azur");
    }

    @Test
    void findsPluralsAndInflectionsThroughTheStem() throws IOException {
        assertThat(search("title", "hospital research")).containsExactly("hospitals");
    }

    @Test
    void findsAccentedNamesWithoutTheAccent() throws IOException {
        assertThat(search("title", "cafe universite")).containsExactly("cafe");
    }

    @Test
    void matchesATwoCharacterChineseWordAsAWordNotAsLooseCharacters() throws IOException {
        assertThat(search("title", "医学")).containsExactly("medicine");
        assertThat(standardAnalyzerMatches("医学")).contains("medicine", "chinese-medicine", "shared-characters");
    }

    @Test
    void completesAPartiallyTypedWord() throws IOException {
        assertThat(search("title.prefix", "imagi")).containsExactly("hospitals");
    }

    private List<String> tokens(String analyzer, String text) throws IOException {
        return client.indices().analyze(a -> a.index(index).analyzer(analyzer).text(text))
                .tokens().stream().map(AnalyzeToken::token).toList();
    }

    private List<String> search(String field, String text) throws IOException {
        return client.search(s -> s.index(index).query(q -> q.match(m -> m.field(field).query(text))), Map.class)
                .hits().hits().stream().map(hit -> hit.id()).toList();
    }

    /** What the built-in analyzer would find: the reason the plugin exists. */
    private List<String> standardAnalyzerMatches(String text) throws IOException {
        return search("title.standard", text);
    }
}
