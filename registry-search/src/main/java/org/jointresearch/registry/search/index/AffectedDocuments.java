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

    /**
     * The documents of each row, by row id, in row order: of a change, its {@link ChangeImpact#immediate}
     * documents; of a follow-up, its {@link ChangeImpact#deferred} ones.
     */
    Map<Long, Set<DocumentRef>> of(List<OutboxEntry> rows, Lookup lookup) {
        var impacts = new LinkedHashMap<Long, ChangeImpact>();
        rows.forEach(row -> impacts.put(row.id(), impact(row)));
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

    /** The changes among {@code rows} that leave people's documents to a follow-up. */
    List<OutboxEntry> withFollowUp(List<OutboxEntry> rows) {
        return rows.stream().filter(row -> !row.followUp())
                .filter(row -> !ChangeImpact.of(row.entityType(), row.entityId()).deferred().related().isEmpty())
                .toList();
    }

    private static ChangeImpact impact(OutboxEntry row) {
        var impact = ChangeImpact.of(row.entityType(), row.entityId());
        return row.followUp() ? impact.deferred() : impact.immediate();
    }
}
