package org.jointresearch.registry.api.web;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What every page's template needs besides its record: the language it speaks, its interface strings,
 * the links that switch language, and formats that depend on the language.
 *
 * @param languages every language, each with the link to this page in it
 */
public record PageContext(Language language, Localizer localizer, List<LanguageLink> languages) {

    /** A language of the switch: the link to the current page in it, and whether the page speaks it. */
    public record LanguageLink(Language language, String href, boolean current) {
    }

    /** The value of {@code <html lang>}. */
    public String htmlLang() {
        return language.tag();
    }

    /** An interface string, for the text of an element. */
    public Content t(String key, Object... arguments) {
        return localizer.localize(key, arguments);
    }

    /** An interface string as plain text, for attributes and the title, which the template escapes. */
    public String text(String key) {
        return localizer.lookup(key);
    }

    /** The name of an enum constant such as a status or a role: its key is {@code ProjectStatus.ACTIVE}. */
    public Content label(Enum<?> value) {
        return localizer.localize(value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** A country's name in the page's language, from its ISO 3166 code. */
    public @Nullable String country(@Nullable String code) {
        return code == null ? null : Locale.of("", code).getDisplayCountry(language.locale());
    }

    /** An amount of money with the grouping and decimals of the page's language. */
    public @Nullable String amount(@Nullable BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        var format = NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** A date the ISO way (2026-04-01), which readers of both languages take the same way. */
    public @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }
}
