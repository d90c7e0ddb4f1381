package org.jointresearch.registry.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Runs text through Lucene analysis and collects the terms, as Elasticsearch would index them. */
final class Tokens {

    private Tokens() {
    }

    static List<String> of(Analyzer analyzer, String text) {
        try (analyzer) {
            return of(analyzer.tokenStream("field", text));
        }
    }

    static List<String> normalized(Analyzer analyzer, String text) {
        try (analyzer) {
            return List.of(analyzer.normalize("field", text).utf8ToString());
        }
    }

    static List<String> of(TokenStream stream) {
        List<String> terms = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The built-in standard tokenizer over the text, the usual input of a token filter. */
    static Tokenizer standard(String text) {
        return reading(new StandardTokenizer(), text);
    }

    static Tokenizer reading(Tokenizer tokenizer, String text) {
        tokenizer.setReader(new StringReader(text));
        return tokenizer;
    }
}
