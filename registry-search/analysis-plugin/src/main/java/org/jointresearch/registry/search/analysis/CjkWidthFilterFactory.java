package org.jointresearch.registry.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code registry_cjk_width}: turns full-width Latin letters and digits into
 * ordinary ones and half-width katakana into full-width, so "ＨＫＵＳＴ" matches "HKUST".
 */
@NamedComponent("registry_cjk_width")
public class CjkWidthFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new CJKWidthFilter(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new CJKWidthFilter(tokenStream);
    }
}
