package org.jointresearch.registry.api.web;

import jakarta.inject.Singleton;

import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The message bundles of the web interface ({@code i18n/messages*.properties}), one per language,
 * read once. English is the base bundle; Chinese overrides every key.
 */
@Singleton
public class WebMessages {

    static final String BUNDLE = "i18n.messages";

    private final Map<Language, Localizer> localizers = new EnumMap<>(Language.class);

    WebMessages() {
        // Without this control an English request on a server whose default locale is Chinese would get
        // the Chinese bundle: ResourceBundle falls back to the default locale before the base bundle.
        var control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        for (var language : Language.values()) {
            localizers.put(language, new Localizer(ResourceBundle.getBundle(BUNDLE, language.locale(), control)));
        }
    }

    public Localizer of(Language language) {
        return localizers.get(language);
    }
}
