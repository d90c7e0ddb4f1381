package org.jointresearch.registry.search.index;

import jakarta.inject.Singleton;
import org.jointresearch.registry.search.document.Lookup;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds any document of any index from the database, through that index's {@link DocumentSource}. */
@Singleton
public class Documents {

    private final Map<RegistryIndex, DocumentSource> sources = new EnumMap<>(RegistryIndex.class);

    Documents(List<DocumentSource> sources) {
        sources.forEach(source -> this.sources.put(source.index(), source));
        for (var index : RegistryIndex.values()) {
            if (!this.sources.containsKey(index)) {
                throw new IllegalStateException("no document source for the " + index.suffix() + " index");
            }
        }
    }

    /** The document as the database holds it now, or its deletion when its record is gone. */
    public DocumentWrite build(DocumentRef ref, Lookup lookup) {
        return sources.get(ref.index()).build(ref.id(), lookup)
                .<DocumentWrite>map(source -> new DocumentWrite(ref, source))
                .orElseGet(() -> DocumentWrite.delete(ref));
    }

    /** Every source, one per index. */
    public Collection<DocumentSource> sources() {
        return sources.values();
    }
}
