package org.jointresearch.registry.search.query;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;

import java.util.ArrayList;
import java.util.List;

/**
 * Full-text clauses over fields analysed with {@code registry_text} (stemmed English, folded accents, Chinese
 * bigrams). The text is always data of a match query, never query syntax.
 */
public final class FullText {

    /** Up to three words all must match; of longer texts three in four, so one stray word does not empty the list. */
    static final String MOST_WORDS = "3<75%";
    /**
     * {@code AUTO} with other bounds: no edit to words under four characters (acronyms: ICU is not ICT), one to
     * words under nine, two to longer ones. Plain {@code AUTO} allows two edits from six characters on, which
     * made "medicne" find "medical" before "medicine".
     */
    static final String TYPOS = "AUTO:4,9";

    private FullText() {
    }

    /**
     * Documents whose fields hold the words, exactly or, for words of Latin script, with a typo or two.
     * The exact clause treats the fields as one ({@code cross_fields}), so "liver Zhou" finds a project with
     * liver in its title and Zhou among its people; field boosts ({@code "title^6"}) weigh where a word is
     * found. Fuzzy matching cannot be blended across fields, so the typo clause looks for the words in one
     * field and counts for less. Its distance ({@link #TYPOS}) allows no edit to a word of one or two characters,
     * which leaves Chinese alone: the analyser cuts Chinese into pairs of characters, and a pair with an edit
     * would match an unrelated word. A text without Latin letters gets no typo clause at all.
     */
    public static Query matching(SearchText text, List<String> weightedFields) {
        var either = new ArrayList<Query>();
        either.add(Query.of(q -> q.multiMatch(m -> m.query(text.value()).fields(weightedFields)
                .type(TextQueryType.CrossFields).minimumShouldMatch(MOST_WORDS).tieBreaker(0.2))));
        if (text.hasLatinLetters()) {
            either.add(Query.of(q -> q.multiMatch(m -> m.query(text.value()).fields(weightedFields)
                    .type(TextQueryType.BestFields).fuzziness(TYPOS).prefixLength(1)
                    .minimumShouldMatch(MOST_WORDS).boost(0.5f))));
        }
        return Query.of(q -> q.bool(b -> b.should(either).minimumShouldMatch("1")));
    }

    /** Every document the filters keep, all alike: browsing, without words to rank by. */
    public static Query browse(List<Query> filters) {
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }

    /** Documents holding the words and kept by the filters, the bonuses they earn added to their score. */
    public static Query scored(Query words, List<Query> filters, Query... bonuses) {
        return Query.of(q -> q.bool(b -> b.must(words).filter(filters).should(List.of(bonuses))));
    }

    /**
     * A fixed bonus for documents whose field equals the whole text, for an {@code .exact} subfield (one
     * token, case and accents folded): large enough to put an exact title or name above any partial match.
     */
    public static Query equalTo(String exactField, SearchText text, float bonus) {
        return Query.of(q -> q.constantScore(c -> c.boost(bonus)
                .filter(f -> f.match(m -> m.field(exactField).query(text.value())))));
    }

    /** A fixed bonus for documents whose field holds the words side by side, in order. */
    public static Query phrase(String field, SearchText text, float bonus) {
        return Query.of(q -> q.constantScore(c -> c.boost(bonus)
                .filter(f -> f.matchPhrase(m -> m.field(field).query(text.value())))));
    }
}
