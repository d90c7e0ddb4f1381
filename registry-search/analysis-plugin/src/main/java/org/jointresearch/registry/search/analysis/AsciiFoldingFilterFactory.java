package org.jointresearch.registry.search.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/**
 * Token filter {@code registry_asciifolding}: folds accented Latin letters to ASCII, so "Café"
 * and "cafe" match.
 */
@NamedComponent("registry_asciifolding")
public class AsciiFoldingFilterFactory implements TokenFilterFactory {

    /** Settings of {@code registry_asciifolding}. */
    @AnalysisSettings
    public interface Settings {

        /** Whether the unfolded token is kept beside the folded one. */
        @BooleanSetting(path = "preserve_original", defaultValue = false)
        boolean preserveOriginal();
    }

    private final boolean preserveOriginal;

    @Inject
    public AsciiFoldingFilterFactory(Settings settings) {
        this.preserveOriginal = settings.preserveOriginal();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ASCIIFoldingFilter(tokenStream, preserveOriginal);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        // Query terms that skip analysis (wildcard, prefix) are folded too, but never doubled.
        return new ASCIIFoldingFilter(tokenStream, false);
    }
}
