package org.jointresearch.registry.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * Analyzer {@code registry_prefix_search}: the query-time side of {@code registry_prefix}, the
 * same chain without n-grams, so what the user has typed so far is looked up as one prefix.
 */
@NamedComponent("registry_prefix_search")
public class PrefixSearchAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new ChainAnalyzer(StandardTokenizer::new, Chains::words);
    }
}
