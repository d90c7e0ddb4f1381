package org.jointresearch.registry.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class ExactFoldedAnalyzerTest {

    private static Analyzer registryExactFolded() {
        return new ExactFoldedAnalyzerFactory().create();
    }

    @Test
    void keepsTheWholeValueAsOneLowerCaseToken() {
        assertThat(Tokens.of(registryExactFolded(), "Zhejiang University School of Medicine"))
                .containsExactly("zhejiang university school of medicine");
    }

    @Test
    void matchesRegardlessOfAccentsAndWidth() {
        assertThat(Tokens.of(registryExactFolded(), "Université Côte d'Azur"))
                .containsExactly("universite cote d'azur");
        assertThat(Tokens.of(registryExactFolded(), "ＨＫＵＳＴ")).containsExactly("hkust");
    }

    @Test
    void leavesChineseNamesWhole() {
        assertThat(Tokens.of(registryExactFolded(), "浙大一院")).containsExactly("浙大一院");
    }
}
