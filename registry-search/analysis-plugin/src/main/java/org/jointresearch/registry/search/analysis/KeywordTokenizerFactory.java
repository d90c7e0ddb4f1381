package org.jointresearch.registry.search.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenizerFactory;

/**
 * Tokenizer {@code registry_keyword}: the whole input as one token, the base of analyzers for
 * exact but case- and accent-insensitive matching (the minimal distribution has no keyword tokenizer).
 */
@NamedComponent("registry_keyword")
public class KeywordTokenizerFactory implements TokenizerFactory {

    @Override
    public Tokenizer create() {
        return new KeywordTokenizer();
    }
}
