package org.jointresearch.registry.search.document;

import io.micronaut.core.annotation.Nullable;
import org.jointresearch.registry.search.index.DocumentSource;
import org.jointresearch.registry.search.index.DocumentWrite;
import org.jointresearch.registry.search.index.Ids;
import org.jointresearch.registry.search.index.RegistryIndex;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The documents of an index that holds one document per record of one kind, under the record's id:
 * subclasses say how to find and list the records and how to turn one into a document.
 *
 * @param <V> the record as its core service reads it (a view with its child rows)
 */
public abstract class RecordDocuments<V> implements DocumentSource {

    private final RegistryIndex index;
    private final Lookups lookups;

    protected RecordDocuments(RegistryIndex index, Lookups lookups) {
        this.index = index;
        this.lookups = lookups;
    }

    @Override
    public RegistryIndex index() {
        return index;
    }

    @Override
    public Optional<?> build(String id, Lookup lookup) {
        return Ids.uuid(id).flatMap(uuid -> find(uuid, lookup)).map(record -> document(record, lookup));
    }

    @Override
    public void forEachPage(int pageSize, Consumer<List<DocumentWrite>> page) {
        Pages.forEachAfter(pageSize, this::after, this::idOf, records -> {
            var lookup = lookups.open();
            preload(records, lookup);
            page.accept(records.stream()
                    .map(record -> DocumentWrite.put(index, idOf(record).toString(), document(record, lookup)))
                    .toList());
        });
    }

    protected abstract Optional<V> find(UUID id, Lookup lookup);

    /** Up to {@code size} records following the one with id {@code after} (from the first for null), by id. */
    protected abstract List<V> after(@Nullable UUID after, int size);

    /** Reads ahead, for a whole page of records, what building their documents one by one would read each. */
    protected void preload(List<V> records, Lookup lookup) {
    }

    protected abstract UUID idOf(V record);

    protected abstract Object document(V record, Lookup lookup);
}
