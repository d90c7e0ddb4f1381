package org.jointresearch.registry.search.query;

import co.elastic.clients.elasticsearch.core.SearchRequest;
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

    /**
     * Asks the search to show the whole value of each short field (titles, names) and up to two passages of
     * each long one, marking the words of the text; without words there is nothing to mark. The words are
     * looked for in these fields alone, not in every field the search ran over: a fuzzy query costs the
     * highlighter for each field and each result, and over all the fields of a project it took ten times as
     * long as the search itself.
     */
    public static SearchRequest.Builder on(SearchRequest.Builder search, SearchText text, List<String> shortFields,
                                           List<String> longFields) {
        return text.isEmpty() ? search : search.highlight(of(text, shortFields, longFields));
    }

    private static Highlight of(SearchText text, List<String> shortFields, List<String> longFields) {
        var fields = new ArrayList<NamedValue<HighlightField>>();
        shortFields.forEach(field -> fields.add(NamedValue.of(field, HighlightField.of(f -> f.numberOfFragments(0)))));
        longFields.forEach(field -> fields.add(NamedValue.of(field,
                HighlightField.of(f -> f.fragmentSize(PASSAGE_LENGTH).numberOfFragments(PASSAGES)))));
        var highlighted = new ArrayList<>(shortFields);
        highlighted.addAll(longFields);
        return Highlight.of(h -> h.encoder(HighlighterEncoder.Html).fields(fields)
                .highlightQuery(FullText.matching(text, highlighted)));
    }
}
