package org.jointresearch.registry.search.document;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * Lists in documents are never null: an empty list may be left out of the stored JSON and read back as
 * absent, and a document read back must equal the one built.
 */
public final class Lists {

    private Lists() {
    }

    public static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
