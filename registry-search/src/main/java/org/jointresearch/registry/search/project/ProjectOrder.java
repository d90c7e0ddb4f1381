package org.jointresearch.registry.search.project;

import org.jointresearch.registry.search.query.ResultOrder;
import org.jointresearch.registry.search.query.SortKey;

import java.util.List;

/** The orders project results can be listed in. */
public enum ProjectOrder implements ResultOrder {
    RELEVANCE("relevance", SortKey.relevance()),
    NEWEST("newest", SortKey.latest("startsOn")),
    TITLE("title", SortKey.alphabetical("title.sort"));

    private final String label;
    private final SortKey key;

    ProjectOrder(String label, SortKey key) {
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
