package org.jointresearch.registry.core.identifier;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them. */
public final class CountryCodes {

    private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private CountryCodes() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null && CODES.contains(candidate);
    }
}
