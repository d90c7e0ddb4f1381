package org.jointresearch.registry.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private static Analyzer registryText() {
        return new TextAnalyzerFactory().create();
    }

    @Test
    void stemsEnglishPluralsAndInflections() {
        assertThat(Tokens.of(registryText(), "Hospitals researching studies"))
                .containsExactly("hospital", "research", "study");
    }

    @Test
    void keepsUnrelatedWordsApartWhereAnAggressiveStemmerWouldMergeThem() {
        assertThat(Tokens.of(registryText(), "university universe"))
                .containsExactly("university", "universe");
    }

    @Test
    void dropsEnglishPossessives() {
        assertThat(Tokens.of(registryText(), "Zhejiang University’s hospital"))
                .containsExactly("zhejiang", "university", "hospital");
    }

    @Test
    void foldsAccentsAndCaseToPlainAscii() {
        assertThat(Tokens.of(registryText(), "Café Zürich")).containsExactly("cafe", "zurich");
    }

    @Test
    void readsFullWidthLettersAsOrdinaryOnes() {
        assertThat(Tokens.of(registryText(), "ＨＫＵＳＴ")).containsExactly("hkust");
    }

    @Test
    void indexesChineseAsOverlappingBigrams() {
        assertThat(Tokens.of(registryText(), "浙江大学医学院"))
                .containsExactly("浙江", "江大", "大学", "学医", "医学", "学院");
    }

    @Test
    void looksUpATwoCharacterChineseQueryAsOneWordNotTwoLooseCharacters() {
        assertThat(Tokens.of(registryText(), "医学")).containsExactly("医学");
    }

    @Test
    void keepsASingleChineseCharacterSearchable() {
        assertThat(Tokens.of(registryText(), "医")).containsExactly("医");
    }

    @Test
    void analysesEnglishAndChineseSideBySide() {
        assertThat(Tokens.of(registryText(), "AI in 医学 imaging"))
                .containsExactly("ai", "in", "医学", "image");
    }

    @Test
    void foldsWildcardAndPrefixQueryTermsLikeIndexedOnes() {
        assertThat(Tokens.normalized(registryText(), "Café")).containsExactly("cafe");
    }
}
