package org.jointresearch.registry.core.identifier;

import java.util.regex.Pattern;

/**
 * A Research Organization Registry identifier such as {@code 00q4vv597}: a leading zero, six
 * Crockford base32 characters and two check digits (ISO 7064 MOD 97-10 over the decoded number).
 * An instance is always valid; {@link #isValid} checks a raw string.
 */
public record RorId(String value) {

    private static final String CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final Pattern SHAPE = Pattern.compile("0[a-hj-km-np-tv-z0-9]{6}[0-9]{2}");

    public RorId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid ROR id: " + value);
        }
    }

    public static boolean isValid(String candidate) {
        if (candidate == null || !SHAPE.matcher(candidate).matches()) {
            return false;
        }
        long number = 0;
        for (char c : candidate.substring(0, 7).toCharArray()) {
            number = number * 32 + CROCKFORD.indexOf(c);
        }
        long checksum = 98 - (number * 100) % 97;
        return checksum == Integer.parseInt(candidate.substring(7));
    }
}
