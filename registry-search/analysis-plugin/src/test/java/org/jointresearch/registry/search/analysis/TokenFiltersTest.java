package org.jointresearch.registry.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.junit.jupiter.api.Test;

class TokenFiltersTest {

    @Test
    void possessiveFilterDropsTrailingApostropheS() {
        var filter = new EnglishPossessiveFilterFactory();
        assertThat(Tokens.of(filter.create(Tokens.standard("Fudan's labs")))).containsExactly("Fudan", "labs");
    }

    @Test
    void stemFilterReducesLowerCaseWordsToDictionaryStems() {
        var filter = new EnglishStemFilterFactory();
        assertThat(Tokens.of(filter.create(new LowerCaseFilter(Tokens.standard("Hospitals researching")))))
                .containsExactly("hospital", "research");
    }

    @Test
    void asciiFoldingFoldsAndOnRequestKeepsTheOriginal() {
        var folding = new AsciiFoldingFilterFactory(DefaultSettings.of(AsciiFoldingFilterFactory.Settings.class));
        var preserving = new AsciiFoldingFilterFactory(() -> true);
        assertThat(Tokens.of(folding.create(Tokens.standard("Café")))).containsExactly("Cafe");
        assertThat(Tokens.of(preserving.create(Tokens.standard("Café")))).containsExactly("Cafe", "Café");
        assertThat(Tokens.of(preserving.normalize(Tokens.standard("Café")))).containsExactly("Cafe");
    }

    @Test
    void cjkWidthTurnsFullWidthLettersIntoOrdinaryOnes() {
        var filter = new CjkWidthFilterFactory();
        assertThat(Tokens.of(filter.create(Tokens.standard("ＡＩ")))).containsExactly("AI");
    }

    @Test
    void cjkBigramPairsTheStandardTokenizersIdeographs() {
        var filter = new CjkBigramFilterFactory(DefaultSettings.of(CjkBigramFilterFactory.Settings.class));
        assertThat(Tokens.of(Tokens.standard("医学院"))).containsExactly("医", "学", "院");
        assertThat(Tokens.of(filter.create(Tokens.standard("医学院")))).containsExactly("医学", "学院");
    }

    @Test
    void cjkBigramCanAlsoEmitUnigrams() {
        var filter = new CjkBigramFilterFactory(() -> true);
        assertThat(Tokens.of(filter.create(Tokens.standard("医学"))))
                .containsExactlyInAnyOrder("医", "医学", "学");
    }

    @Test
    void cjkBigramPairsKoreanWordsToo() {
        var filter = new CjkBigramFilterFactory(DefaultSettings.of(CjkBigramFilterFactory.Settings.class));
        assertThat(Tokens.of(filter.create(Tokens.standard("서울대")))).containsExactly("서울", "울대");
    }

    @Test
    void edgeNGramHonoursMinAndMaxGram() {
        var filter = new EdgeNGramFilterFactory(new EdgeNGramValues(2, 3, false));
        assertThat(Tokens.of(filter.create(Tokens.standard("brain")))).containsExactly("br", "bra");
    }

    @Test
    void edgeNGramRejectsAMinGramBelowOne() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new EdgeNGramFilterFactory(new EdgeNGramValues(0, 3, false)))
                .withMessageContaining("min_gram");
    }
}
