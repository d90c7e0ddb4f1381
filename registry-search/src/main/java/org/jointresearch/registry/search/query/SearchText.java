package org.jointresearch.registry.search.query;

import io.micronaut.core.annotation.Nullable;

/**
 * What someone typed into a search box. It only ever reaches Elasticsearch as the text of match queries,
 * never through a query parser, so no character in it has a meaning of its own: {@code title:(a OR b)^3}
 * is searched as the words it contains.
 */
public record SearchText(String value) {

    /** Longer than any title or name worth typing; longer texts are refused rather than cut silently. */
    public static final int MAX_LENGTH = 500;

    /** The parameter stripped of surrounding blanks (absent is empty); refused naming it when too long. */
    public static SearchText of(String parameter, @Nullable String raw) {
        var text = raw == null ? "" : raw.strip();
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new SearchParameterException(parameter, "must be at most " + MAX_LENGTH + " characters");
        }
        return new SearchText(text);
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    /** Whether any letter is of the Latin script: only such words are worth correcting as typos. */
    public boolean hasLatinLetters() {
        return value.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }
}
