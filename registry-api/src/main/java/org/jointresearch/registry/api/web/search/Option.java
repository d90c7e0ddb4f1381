package org.jointresearch.registry.api.web.search;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.search.query.Facet;

/**
 * A value of a facet as the sidebar offers it: its names, its count, and the link that selects it, or that
 * lifts it when it is already selected.
 */
public record Option(String value, @Nullable String name, @Nullable String nameZh, long count, String href,
                     boolean selected) {

    static Option of(Facet facet, String href, boolean selected) {
        return new Option(facet.value(), facet.name(), facet.nameZh(), facet.count(), href, selected);
    }
}
