package org.jointresearch.registry.core.identifier;

import java.util.regex.Pattern;

/**
 * An ORCID iD such as {@code 0000-0002-1825-0097}: sixteen characters in groups of four whose
 * last one is an ISO 7064 MOD 11-2 check character (a digit or X).
 * An instance is always valid; {@link #isValid} checks a raw string.
 */
public record Orcid(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");

    public Orcid {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid ORCID iD: " + value);
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || !SHAPE.matcher(candidate).matches()) {
            return false;
        }
        String digits = candidate.replace("-", "");
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int check = (12 - total % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return digits.charAt(15) == expected;
    }
}
