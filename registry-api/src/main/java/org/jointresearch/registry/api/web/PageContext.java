package org.jointresearch.registry.api.web;

import gg.jte.Content;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.List;
import java.util.Locale;

/**
 * What every page's template needs besides its record: the language it speaks, its interface strings,
 * the links that switch language, who is signed in, and formats that depend on the language.
 *
 * @param languages every language, each with the link to this page in it
 * @param here      the address of this page, path and query, to come back to after signing in or out
 * @param account   the signed-in user, or null
 */
public record PageContext(Language language, Localizer localizer, List<LanguageLink> languages, String here,
                          @Nullable Account account) {

    /** A language of the switch: the link to the current page in it, and whether the page speaks it. */
    public record LanguageLink(Language language, String href, boolean current) {
    }

    /**
     * The signed-in user as the header shows them.
     *
     * @param csrfToken the token the sign-out button, and every form, sends back
     * @param forms     the forms for new records the access policy lets the user open
     */
    public record Account(String username, String csrfToken, List<FormLink> forms) {
    }

    /** A link to a form, and the key of its text. */
    public record FormLink(String href, String textKey) {
    }

    /** The options of a choice among an enum's constants, in declaration order, named as {@link #label} names them. */
    public List<Option> options(Enum<?>[] values) {
        return Arrays.stream(values).map(value -> new Option(value.name(), localizer.lookup(key(value)))).toList();
    }

    /** The sign-in page, bringing the reader back here afterwards. */
    public String signInHref() {
        return here.startsWith("/login") ? "/login" : "/login?next=" + URLEncoder.encode(here, StandardCharsets.UTF_8);
    }

    /** The value of {@code aria-describedby} naming these elements; null, so no attribute, when none is given. */
    public @Nullable String describedBy(@Nullable String... ids) {
        var named = Arrays.stream(ids).filter(Objects::nonNull).toList();
        return named.isEmpty() ? null : String.join(" ", named);
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
        return localizer.localize(key(value));
    }

    private static String key(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "." + value.name();
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
