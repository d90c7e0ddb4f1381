package org.jointresearch.registry.bench.world;

import org.jointresearch.registry.bench.world.Lexicon.Term;
import org.jointresearch.registry.bench.world.Lexicon.TopicVocabulary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The terms one text is written with, drawn the first time a pattern asks for them: {@code s}, {@code s2}...
 * subjects, {@code m} methods, {@code t} settings, {@code a} aims. The later subjects and methods come now and
 * then from a second vocabulary, as a project of two disciplines borrows the words of both.
 */
final class TermSlots implements Function<String, String> {

    private static final int REDRAWS = 6;

    private final TopicVocabulary main;
    private final TopicVocabulary second;
    private final double secondShare;
    private final SplittableRandom random;
    private final List<Term> subjects = new ArrayList<>(4);
    private final List<String> methods = new ArrayList<>(2);
    private final List<String> settings = new ArrayList<>(2);
    private final List<String> aims = new ArrayList<>(2);
    private final Set<String> placed = new LinkedHashSet<>();

    /** @param second a second vocabulary, or null; {@code secondShare} of the later terms are drawn from it */
    TermSlots(TopicVocabulary main, TopicVocabulary second, double secondShare, SplittableRandom random) {
        this.main = main;
        this.second = second == main ? null : second;
        this.secondShare = secondShare;
        this.random = random;
    }

    /** The value of a placeholder, remembered as placed in the text. */
    @Override
    public String apply(String placeholder) {
        var value = value(placeholder);
        if (value != null) {
            placed.add(value);
        }
        return value;
    }

    private String value(String placeholder) {
        int number = placeholder.length() > 1 ? placeholder.charAt(1) - '1' : 0;
        return switch (placeholder.charAt(0)) {
            case 's' -> subject(number).en();
            case 'm' -> method(number);
            case 't' -> setting(number);
            case 'a' -> aim(number);
            default -> null;
        };
    }

    /** The terms put into text through {@link #apply}, in the order first placed. */
    Set<String> placed() {
        return placed;
    }

    /** The {@code n}th subject (from 0), drawn now if no text has asked for it yet. */
    Term subject(int n) {
        while (subjects.size() <= n) {
            subjects.add(distinct(subjects, vocabulary(subjects.size()) == main ? main.subjects() : second.subjects()));
        }
        return subjects.get(n);
    }

    String method(int n) {
        while (methods.size() <= n) {
            var from = vocabulary(methods.size() + 1);
            methods.add(distinct(methods, from.methods()));
        }
        return methods.get(n);
    }

    String setting(int n) {
        while (settings.size() <= n) {
            settings.add(distinct(settings, main.settings()));
        }
        return settings.get(n);
    }

    String aim(int n) {
        while (aims.size() <= n) {
            aims.add(distinct(aims, main.aims()));
        }
        return aims.get(n);
    }

    /** The first two terms always come from the main vocabulary; later ones sometimes from the second. */
    private TopicVocabulary vocabulary(int position) {
        return position >= 2 && second != null && random.nextDouble() < secondShare ? second : main;
    }

    private <T> T distinct(List<T> taken, SkewedList<T> from) {
        T candidate = from.pick(random);
        for (int attempt = 0; attempt < REDRAWS && taken.contains(candidate); attempt++) {
            candidate = from.pick(random);
        }
        for (int i = 0; taken.contains(candidate); i++) {
            candidate = from.items().get(i);
        }
        return candidate;
    }
}
