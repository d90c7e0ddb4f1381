package org.jointresearch.registry.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class PrefixAnalyzersTest {

    private static Analyzer registryPrefix(int minGram, int maxGram) {
        return new PrefixAnalyzerFactory(new EdgeNGramValues(minGram, maxGram, true)).create();
    }

    private static Analyzer registryPrefixWithDefaults() {
        return new PrefixAnalyzerFactory(DefaultSettings.of(EdgeNGramSettings.class)).create();
    }

    private static Analyzer registryPrefixSearch() {
        return new PrefixSearchAnalyzerFactory().create();
    }

    @Test
    void indexesEveryLeadingPrefixOfAWordByDefault() {
        assertThat(Tokens.of(registryPrefixWithDefaults(), "Café"))
                .containsExactly("c", "ca", "caf", "cafe");
    }

    @Test
    void honoursMinAndMaxGramAndKeepsTheWholeWord() {
        assertThat(Tokens.of(registryPrefix(2, 4), "Hospital"))
                .containsExactly("ho", "hos", "hosp", "hospital");
    }

    @Test
    void keepsAHalfTypedWordMatchableBecauseNothingIsStemmed() {
        assertThat(Tokens.of(registryPrefixWithDefaults(), "researching")).contains("researchi");
        assertThat(Tokens.of(registryPrefixSearch(), "Researchi")).containsExactly("researchi");
    }

    @Test
    void letsTheFirstTypedChineseCharacterFindItsWords() {
        assertThat(Tokens.of(registryPrefixWithDefaults(), "医学院"))
                .containsExactly("医", "医学", "学", "学院");
        assertThat(Tokens.of(registryPrefixSearch(), "医")).containsExactly("医");
    }

    @Test
    void searchesWithoutNGrams() {
        assertThat(Tokens.of(registryPrefixSearch(), "Hospit 浙江大"))
                .containsExactly("hospit", "浙江", "江大");
    }

    @Test
    void rejectsAMaxGramBelowTheMinGram() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PrefixAnalyzerFactory(new EdgeNGramValues(3, 2, true)))
                .withMessageContaining("max_gram");
    }
}
