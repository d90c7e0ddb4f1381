package org.jointresearch.registry.search.index;

import org.jointresearch.registry.search.document.Lookup;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Builds the documents of one index from PostgreSQL, one at a time for the indexer or all for a rebuild. */
public interface DocumentSource {

    RegistryIndex index();

    /** The document as the registry holds it now; empty when the record is gone (or the id names none). */
    Optional<?> build(String id, Lookup lookup);

    /** Every document of the index, handed over a page at a time; each page gets a fresh {@link Lookup}. */
    void forEachPage(int pageSize, Consumer<List<DocumentWrite>> page);
}
