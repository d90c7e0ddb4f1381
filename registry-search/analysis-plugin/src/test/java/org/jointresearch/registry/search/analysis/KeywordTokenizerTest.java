package org.jointresearch.registry.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordTokenizerTest {

    @Test
    void emitsTheWholeInputAsOneToken() {
        var tokenizer = new KeywordTokenizerFactory().create();
        assertThat(Tokens.of(Tokens.reading(tokenizer, "AI in Medicine 医学")))
                .containsExactly("AI in Medicine 医学");
    }
}
