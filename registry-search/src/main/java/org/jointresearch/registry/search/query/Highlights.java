package org.jointresearch.registry.search.query;

import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.util.NamedValue;

import java.util.ArrayList;
import java.util.List;

/**
 * What results show of why they matched: the matched words in {@code <em>}, everything else HTML-escaped, so
 * that a page can show the passages as they come without letting a record's text into its markup.
 */
public final class Highlights {

    private static final int PASSAGE_LENGTH = 160;
    private static final int PASSAGES = 2;

    private Highlights() {
    }

    /** The whole value of each short field (titles, names), and up to two passages of each long one. */
    public static Highlight of(List<String> shortFields, List<String> longFields) {
        var fields = new ArrayList<NamedValue<HighlightField>>();
        shortFields.forEach(field -> fields.add(NamedValue.of(field, HighlightField.of(f -> f.numberOfFragments(0)))));
        longFields.forEach(field -> fields.add(NamedValue.of(field,
                HighlightField.of(f -> f.fragmentSize(PASSAGE_LENGTH).numberOfFragments(PASSAGES)))));
        return Highlight.of(h -> h.encoder(HighlighterEncoder.Html).fields(fields));
    }
}
