package org.jointresearch.registry.api.web;

import java.util.Optional;
import java.util.Set;

/** What the error page shows: the status, and the message keys of its title and of its explanation. */
public record ErrorPage(int status, String titleKey, String textKey) {

    /** Statuses with words of their own; any other says that something went wrong. */
    private static final Set<Integer> EXPLAINED = Set.of(400, 403, 404, 405, 406, 413, 415, 500, 503);
    /** Problem types whose explanation says more than their status. */
    private static final Set<String> EXPLAINED_TYPES = Set.of("forged-form");

    static ErrorPage of(int status, Optional<String> problemType) {
        var prefix = "error." + problemType.filter(EXPLAINED_TYPES::contains)
                .orElse(EXPLAINED.contains(status) ? Integer.toString(status) : "other");
        return new ErrorPage(status, prefix + ".title", prefix + ".text");
    }
}
