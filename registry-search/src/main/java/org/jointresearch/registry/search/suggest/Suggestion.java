package org.jointresearch.registry.search.suggest;

import io.micronaut.core.annotation.Nullable;

/**
 * A completion of what someone is typing: the record it names, by kind and id (a discipline by its code),
 * and its names to show.
 */
public record Suggestion(String kind, String id, String label, @Nullable String labelZh) {
}
