package org.jointresearch.registry.search.analysis;

import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;
import org.elasticsearch.plugin.settings.IntSetting;

/**
 * Settings of the edge n-gram filter and of the prefix analyzer, read from the index's analysis
 * settings ({@code "min_gram": 2}).
 */
@AnalysisSettings
public interface EdgeNGramSettings {

    /** The shortest prefix emitted; 1 lets a single typed Chinese character find its words. */
    @IntSetting(path = "min_gram", defaultValue = 1)
    int minGram();

    /** The longest prefix emitted. */
    @IntSetting(path = "max_gram", defaultValue = 20)
    int maxGram();

    /** Whether the whole word is kept too, so words longer than max_gram still match in full. */
    @BooleanSetting(path = "preserve_original", defaultValue = true)
    boolean preserveOriginal();
}
