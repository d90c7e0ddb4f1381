package org.jointresearch.registry.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * Analyzer {@code registry_prefix}: the index-time side of as-you-type fields; the
 * {@code registry_text} chain without stemming, followed by edge n-grams. Query with
 * {@code registry_prefix_search}.
 *
 * <p>No stemming, because a half-typed word is not a word: "researchi" has no stem, so a stemmed
 * index ("research", and its prefixes) would stop matching while the user types the last letters
 * of "researching". Whole-word stemming is the job of a {@code registry_text} field beside this one.
 */
@NamedComponent("registry_prefix")
public class PrefixAnalyzerFactory implements AnalyzerFactory {

    private final EdgeNGrams edgeNGrams;

    @Inject
    public PrefixAnalyzerFactory(EdgeNGramSettings settings) {
        this.edgeNGrams = EdgeNGrams.from(settings);
    }

    @Override
    public Analyzer create() {
        return new ChainAnalyzer(StandardTokenizer::new, in -> edgeNGrams.apply(Chains.words(in)));
    }
}
