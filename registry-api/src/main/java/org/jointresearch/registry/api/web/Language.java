package org.jointresearch.registry.api.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A language the web interface speaks: its code in {@code ?lang=} and the cookie, its tag in
 * {@code <html lang>}, the locale of its messages and formats, and its name as its readers write it.
 */
public enum Language {
    EN("en", "en", Locale.ENGLISH, "English"),
    ZH("zh", "zh-Hans", Locale.SIMPLIFIED_CHINESE, "中文");

    private final String code;
    private final String tag;
    private final Locale locale;
    private final String nativeName;

    Language(String code, String tag, Locale locale, String nativeName) {
        this.code = code;
        this.tag = tag;
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public static Optional<Language> of(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equalsIgnoreCase(code)).findFirst();
    }

    public String code() {
        return code;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    public String nativeName() {
        return nativeName;
    }
}
