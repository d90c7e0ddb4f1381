package org.jointresearch.registry.search.index;

import jakarta.inject.Singleton;
import org.jointresearch.registry.core.change.OutboxEntry;
import org.jointresearch.registry.search.document.Lookup;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Works out, for each outbox row, every document its change touches: its {@link ChangeImpact}, looked up. */
@Singleton
class AffectedDocuments {

    private final RelatedDocuments related;
    private final PeopleListing peopleListing;

    AffectedDocuments(RelatedDocuments related, PeopleListing peopleListing) {
        this.related = related;
        this.peopleListing = peopleListing;
    }

    /** The documents of each row, by row id, in row order. */
    Map<Long, Set<DocumentRef>> of(List<OutboxEntry> rows, Lookup lookup) {
        var impacts = new LinkedHashMap<Long, ChangeImpact>();
        rows.forEach(row -> impacts.put(row.id(), ChangeImpact.of(row.entityType(), row.entityId())));
        var listed = peopleListing.of(impacts.values().stream().flatMap(impact -> impact.related().stream())
                .filter(relation -> relation.relation() == Relation.PEOPLE_ON_PROJECT)
                .map(ChangeImpact.Related::id).distinct().toList());
        var affected = new LinkedHashMap<Long, Set<DocumentRef>>();
        impacts.forEach((rowId, impact) -> {
            var documents = new HashSet<>(impact.documents());
            impact.related().forEach(relation -> documents.addAll(related.of(relation, lookup, listed)));
            affected.put(rowId, documents);
        });
        return affected;
    }
}
