package org.jointresearch.registry.search.analysis;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * A Lucene analyzer made of one tokenizer and a chain of filters, which normalises query terms
 * (wildcard, prefix, fuzzy) the same way as indexed ones.
 */
final class ChainAnalyzer extends Analyzer {

    private final Supplier<Tokenizer> tokenizer;
    private final UnaryOperator<TokenStream> filters;

    ChainAnalyzer(Supplier<Tokenizer> tokenizer, UnaryOperator<TokenStream> filters) {
        this.tokenizer = tokenizer;
        this.filters = filters;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = tokenizer.get();
        return new TokenStreamComponents(source, filters.apply(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        // Without this a wildcard query for "Café*" would keep its capital and accent and miss.
        return Chains.folded(in);
    }
}
