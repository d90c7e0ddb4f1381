package org.jointresearch.registry.api.web;

import java.util.Set;

/** What the error page shows: the status, and the message keys of its title and of its explanation. */
public record ErrorPage(int status, String titleKey, String textKey) {

    /** Statuses with words of their own; any other says that something went wrong. */
    private static final Set<Integer> EXPLAINED = Set.of(400, 404, 405, 406, 413, 415, 500, 503);

    static ErrorPage of(int status) {
        var prefix = "error." + (EXPLAINED.contains(status) ? status : "other");
        return new ErrorPage(status, prefix + ".title", prefix + ".text");
    }
}
