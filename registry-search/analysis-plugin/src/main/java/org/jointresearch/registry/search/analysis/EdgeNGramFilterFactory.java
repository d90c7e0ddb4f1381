package org.jointresearch.registry.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code registry_edge_ngram}: emits the leading prefixes of every token (hospital:
 * h, ho, hos, ...), for as-you-type matching; meant for index time only.
 */
@NamedComponent("registry_edge_ngram")
public class EdgeNGramFilterFactory implements TokenFilterFactory {

    private final EdgeNGrams edgeNGrams;

    @Inject
    public EdgeNGramFilterFactory(EdgeNGramSettings settings) {
        this.edgeNGrams = EdgeNGrams.from(settings);
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return edgeNGrams.apply(tokenStream);
    }
}
