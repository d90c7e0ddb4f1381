package org.jointresearch.registry.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code registry_english_stem}: reduces lower-cased English words to their stems
 * with Lucene's KStem, so "hospitals" finds "hospital" and "researching" finds "research".
 *
 * <p>KStem rather than Porter because it checks its stems against a dictionary and only strips
 * what it recognises: it keeps real words ("studies" becomes "study", not Porter's "studi") and
 * merges far fewer unrelated ones, whereas Porter reduces both "university" and "universe" to
 * "univers" and both "organization" and "organ" to "organ", which would blur institution names.
 */
@NamedComponent("registry_english_stem")
public class EnglishStemFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new KStemFilter(tokenStream);
    }
}
