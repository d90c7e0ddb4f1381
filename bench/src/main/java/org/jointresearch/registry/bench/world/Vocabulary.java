package org.jointresearch.registry.bench.world;

import org.jointresearch.registry.bench.world.ProjectGenerator.GeneratedProject;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The words a world's projects are written with, for building queries as selective as real ones: counted on
 * the world's first projects (all of them in a small world), each list most frequent first.
 */
public final class Vocabulary {

    private final List<String> topicWords;
    private final List<String> phrases;
    private final List<String> disciplineCodes;
    private final List<String> chineseKeywords;

    private Vocabulary(List<String> topicWords, List<String> phrases, List<String> disciplineCodes,
                       List<String> chineseKeywords) {
        this.topicWords = topicWords;
        this.phrases = phrases;
        this.disciplineCodes = disciplineCodes;
        this.chineseKeywords = chineseKeywords;
    }

    /** Single words of the topic vocabularies that occur in the projects' titles, summaries or keywords; most
     * frequent is the number of projects that contain the word. */
    public List<String> topicWords() {
        return topicWords;
    }

    /** Terms of two or more words that occur verbatim (ignoring case) in the projects' titles or summaries. */
    public List<String> phrases() {
        return phrases;
    }

    /** The discipline codes the projects carry. */
    public List<String> disciplineCodes() {
        return disciplineCodes;
    }

    /** Keywords written in Chinese. */
    public List<String> chineseKeywords() {
        return chineseKeywords;
    }

    static Vocabulary count(Lexicon lexicon, List<GeneratedProject> sample) {
        var candidates = topicWordCandidates(lexicon);
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> phrases = new HashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> chinese = new HashMap<>();
        for (var project : sample) {
            var entry = project.entry();
            var text = new StringBuilder(entry.title()).append(' ').append(entry.summary());
            for (var keyword : entry.keywords()) {
                if (isChinese(keyword)) {
                    chinese.merge(keyword, 1, Integer::sum);
                } else {
                    text.append(' ').append(keyword);
                }
            }
            for (var word : new HashSet<>(words(text.toString()))) {
                if (candidates.contains(word)) {
                    words.merge(word, 1, Integer::sum);
                }
            }
            for (var term : project.placedTerms()) {
                if (term.indexOf(' ') > 0) {
                    phrases.merge(term, 1, Integer::sum);
                }
            }
            entry.disciplineCodes().forEach(code -> codes.merge(code, 1, Integer::sum));
        }
        var disciplineOrder = lexicon.disciplines.stream().map(Lexicon.DisciplineUse::code).toList();
        return new Vocabulary(mostFrequentFirst(words, Function.identity()),
                mostFrequentFirst(phrases, Function.identity()), mostFrequentFirst(codes, disciplineOrder::indexOf),
                mostFrequentFirst(chinese, Function.identity()));
    }

    /**
     * The words of the vocabularies' terms, less those that say nothing about a topic and those the sentence
     * patterns use too: a query for one of them finds a project by its topic alone.
     */
    private static Set<String> topicWordCandidates(Lexicon lexicon) {
        var candidates = new HashSet<String>();
        for (var vocabulary : lexicon.vocabularies.values()) {
            vocabulary.subjects().items().forEach(term -> candidates.addAll(words(term.en())));
            for (var terms : List.of(vocabulary.methods(), vocabulary.settings(), vocabulary.aims())) {
                terms.items().forEach(term -> candidates.addAll(words(term)));
            }
        }
        candidates.removeAll(lexicon.functionWords);
        for (var patterns : List.of(lexicon.titles, lexicon.summaryOpenings, lexicon.summaryMiddles,
                lexicon.summaryClosings)) {
            patterns.forEach(pattern -> words(pattern.replaceAll("\\{[^}]*}", " ")).forEach(candidates::remove));
        }
        return candidates;
    }

    /** Lower-case runs of letters and digits, as a search engine's standard analysis splits English text. */
    static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream()
                .filter(word -> !word.isEmpty()).toList();
    }

    private static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Most frequent first; ties in a fixed order, so the lists are the same on every run. */
    private static <K extends Comparable<K>> List<String> mostFrequentFirst(
            Map<String, Integer> counts, Function<String, K> tieOrder) {
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(entry -> tieOrder.apply(entry.getKey())))
                .map(Map.Entry::getKey).toList();
    }
}
