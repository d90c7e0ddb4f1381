package org.jointresearch.registry.search.query;

import java.util.List;

/** An order results can be listed in: the name the {@code sort} parameter gives it, and its sort keys. */
public interface ResultOrder {

    /** The value of the {@code sort} parameter that asks for it, e.g. {@code newest}. */
    String label();

    /** The keys results are sorted by, before the document id that breaks every tie. */
    List<SortKey> keys();
}
