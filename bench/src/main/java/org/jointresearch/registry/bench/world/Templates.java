package org.jointresearch.registry.bench.world;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Fills the patterns of the text resources: {@code {name}} is replaced by the value of {@code name}, and a
 * placeholder written with a capital ({@code {S}}) asks for the value with a capital first letter.
 */
final class Templates {

    private Templates() {
    }

    static String fill(String pattern, Function<String, String> values) {
        var text = new StringBuilder(pattern.length() + 96);
        int at = 0;
        while (at < pattern.length()) {
            int open = pattern.indexOf('{', at);
            if (open < 0) {
                text.append(pattern, at, pattern.length());
                break;
            }
            int close = pattern.indexOf('}', open);
            text.append(pattern, at, open);
            var name = pattern.substring(open + 1, close);
            boolean capital = Character.isUpperCase(name.charAt(0));
            var value = values.apply(capital ? name.toLowerCase(Locale.ROOT) : name);
            if (value == null) {
                throw new IllegalStateException("nothing to put in {" + name + "} of: " + pattern);
            }
            text.append(capital ? capitalised(value) : value);
            at = close + 1;
        }
        return text.toString();
    }

    /** The text with a capital first letter, unless it starts like an acronym written in mixed case (mRNA). */
    static String capitalised(String text) {
        if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))
                || text.length() > 1 && Character.isUpperCase(text.charAt(1))) {
            return text;
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Every word capitalised but the short linking ones, as names of teams are written. */
    static String titleCased(String text, Set<String> linkingWords) {
        var words = text.split(" ");
        var title = new StringBuilder(text.length());
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                title.append(' ');
            }
            title.append(i > 0 && linkingWords.contains(words[i]) ? words[i] : capitalised(words[i]));
        }
        return title.toString();
    }
}
