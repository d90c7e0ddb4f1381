package org.jointresearch.registry.search.query;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.search.document.NamedPart;

/** One value of a facet (a code, an id, a status, a year), its names when it has any, and how many results have it. */
public record Facet(String value, @Nullable String name, @Nullable String nameZh, long count) {

    /** The same count under the names of the record the value stands for. */
    public Facet named(NamedPart record) {
        return new Facet(value, record.name(), record.nameZh(), count);
    }
}
