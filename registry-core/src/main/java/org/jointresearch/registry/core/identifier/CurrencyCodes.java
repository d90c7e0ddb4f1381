package org.jointresearch.registry.core.identifier;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;

/** ISO 4217 currency codes, as the JDK knows them. */
public final class CurrencyCodes {

    private static final Set<String> CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    private CurrencyCodes() {
    }

    public static boolean isValid(String candidate) {
        return candidate != null && CODES.contains(candidate);
    }
}
