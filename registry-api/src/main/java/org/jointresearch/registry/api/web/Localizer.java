package org.jointresearch.registry.api.web;

import gg.jte.support.LocalizationSupport;

import java.util.ResourceBundle;

/**
 * The interface strings of one language for the templates: {@code localize} escapes the arguments it
 * fills in, never the message itself. A missing key fails the page rather than showing a blank.
 */
public final class Localizer implements LocalizationSupport {

    private final ResourceBundle bundle;

    Localizer(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public String lookup(String key) {
        return bundle.getString(key);
    }
}
