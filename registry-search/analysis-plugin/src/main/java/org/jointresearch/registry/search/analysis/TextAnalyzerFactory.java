package org.jointresearch.registry.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * Analyzer {@code registry_text}: full text in English and Chinese, for both index and query
 * time. Standard tokenizer, CJK width, lower case, ASCII folding, CJK bigrams, English
 * possessives, KStem.
 */
@NamedComponent("registry_text")
public class TextAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new ChainAnalyzer(StandardTokenizer::new, Chains::stemmedWords);
    }
}
