package org.jointresearch.registry.search.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The filter chains the registry analyzers share, so that the text, prefix and exact analyzers
 * normalise characters in exactly the same way.
 */
final class Chains {

    private Chains() {
    }

    /** Full-width to half-width, lower case, accents folded: what every registry analyzer does to characters. */
    static TokenStream folded(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new CJKWidthFilter(in)));
    }

    /** Folded words, Chinese, Japanese and Korean runs paired into bigrams, English possessives dropped. */
    static TokenStream words(TokenStream in) {
        // The bigram filter reads the script types the standard tokenizer sets; the filters
        // before it keep those types, so it must still see them here.
        return new EnglishPossessiveFilter(new CJKBigramFilter(folded(in)));
    }

    /** {@link #words} reduced to their English stems. */
    static TokenStream stemmedWords(TokenStream in) {
        return new KStemFilter(words(in));
    }
}
