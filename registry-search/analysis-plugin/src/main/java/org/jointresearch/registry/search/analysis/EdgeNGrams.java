package org.jointresearch.registry.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;

/**
 * Validated edge n-gram settings: a bad {@code min_gram} or {@code max_gram} fails when the index
 * is created, naming the setting, rather than on the first document.
 */
record EdgeNGrams(int minGram, int maxGram, boolean preserveOriginal) {

    EdgeNGrams {
        if (minGram < 1) {
            throw new IllegalArgumentException("min_gram must be at least 1 but was " + minGram);
        }
        if (maxGram < minGram) {
            throw new IllegalArgumentException(
                    "max_gram must be at least min_gram (" + minGram + ") but was " + maxGram);
        }
    }

    static EdgeNGrams from(EdgeNGramSettings settings) {
        return new EdgeNGrams(settings.minGram(), settings.maxGram(), settings.preserveOriginal());
    }

    TokenStream apply(TokenStream in) {
        return new EdgeNGramTokenFilter(in, minGram, maxGram, preserveOriginal);
    }
}
