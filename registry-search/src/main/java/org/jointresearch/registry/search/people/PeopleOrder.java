package org.jointresearch.registry.search.people;

import org.jointresearch.registry.search.query.ResultOrder;
import org.jointresearch.registry.search.query.SortKey;

import java.util.List;

/** The orders people can be listed in. */
public enum PeopleOrder implements ResultOrder {
    RELEVANCE("relevance", SortKey.relevance()),
    NAME("name", SortKey.alphabetical("name.sort"));

    private final String label;
    private final SortKey key;

    PeopleOrder(String label, SortKey key) {
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
