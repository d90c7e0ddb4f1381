package org.jointresearch.registry.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * Analyzer {@code registry_exact_folded}: the whole value as one token, width-normalised, lower
 * case and accent-folded, for exact but case-insensitive subfields ("hkust" finds "HKUST").
 *
 * <p>An analyzer on a text field rather than a keyword normalizer, because Elasticsearch does not
 * let a plugin's filters into a normalizer.
 */
@NamedComponent("registry_exact_folded")
public class ExactFoldedAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new ChainAnalyzer(KeywordTokenizer::new, Chains::folded);
    }
}
