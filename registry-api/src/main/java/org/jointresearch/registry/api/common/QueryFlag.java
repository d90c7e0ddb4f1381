package org.jointresearch.registry.api.common;

import io.micronaut.core.annotation.Nullable;

/**
 * A yes-or-no query parameter, read strictly: the framework would take any word but {@code true} for false,
 * and a caller who wrote {@code yes} would silently get the opposite of what they asked for.
 */
public final class QueryFlag {

    private QueryFlag() {
    }

    /** {@code true} or {@code false}; absent is false; anything else is refused, naming the parameter. */
    public static boolean parse(String parameter, @Nullable String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new BadParameterException(parameter, "must be true or false");
    }
}
