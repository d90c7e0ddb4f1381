package org.jointresearch.registry.search.centre;

import org.jointresearch.registry.search.query.ResultOrder;
import org.jointresearch.registry.search.query.SortKey;

import java.util.List;

/** The orders centres can be listed in. */
public enum CentreOrder implements ResultOrder {
    RELEVANCE("relevance", SortKey.relevance()),
    NAME("name", SortKey.alphabetical("name.sort")),
    NEWEST("newest", SortKey.latest("establishedOn"));

    private final String label;
    private final SortKey key;

    CentreOrder(String label, SortKey key) {
        this.label = label;
        this.key = key;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<SortKey> keys() {
        return List.of(key);
    }
}
