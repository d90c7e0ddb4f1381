package org.jointresearch.registry.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/**
 * Token filter {@code registry_cjk_bigram}: pairs the single Han, Hiragana, Katakana and Hangul
 * characters that the standard tokenizer emits into overlapping bigrams, so 浙江大学 is indexed as
 * 浙江 江大 大学 and a query for 大学 matches the word rather than any text holding 大 and 学.
 */
@NamedComponent("registry_cjk_bigram")
public class CjkBigramFilterFactory implements TokenFilterFactory {

    /** Settings of {@code registry_cjk_bigram}. */
    @AnalysisSettings
    public interface Settings {

        /** Whether single characters are emitted beside the bigrams (better recall, more noise). */
        @BooleanSetting(path = "output_unigrams", defaultValue = false)
        boolean outputUnigrams();
    }

    private static final int ALL_SCRIPTS =
            CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;

    private final boolean outputUnigrams;

    @Inject
    public CjkBigramFilterFactory(Settings settings) {
        this.outputUnigrams = settings.outputUnigrams();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new CJKBigramFilter(tokenStream, ALL_SCRIPTS, outputUnigrams);
    }
}
