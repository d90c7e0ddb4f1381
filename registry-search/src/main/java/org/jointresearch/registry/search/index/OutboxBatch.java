package org.jointresearch.registry.search.index;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.change.Outbox;
import org.jointresearch.registry.core.change.OutboxEntry;
import org.jointresearch.registry.search.document.Lookup;
import org.jointresearch.registry.search.document.Lookups;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Indexes one batch of outbox rows in one transaction: claim them, rebuild every document they touch from
 * the database, send those in bulk, then delete the rows whose documents all landed (queueing the follow-up
 * of each change that has one) and keep the others with the reason. The claim holds the rows until the
 * transaction ends, so other instances skip them.
 */
@Singleton
class OutboxBatch {

    private final Outbox outbox;
    private final AffectedDocuments affected;
    private final Documents documents;
    private final BulkWriter bulk;
    private final Lookups lookups;
    private final IndexSettings indexes;

    OutboxBatch(Outbox outbox, AffectedDocuments affected, Documents documents, BulkWriter bulk, Lookups lookups,
                IndexSettings indexes) {
        this.outbox = outbox;
        this.affected = affected;
        this.documents = documents;
        this.bulk = bulk;
        this.lookups = lookups;
        this.indexes = indexes;
    }

    /** Indexes the oldest changes' own documents, leaving the people around them to follow-ups. */
    @Transactional
    DrainOutcome drainChanges(int size) {
        return drain(outbox.claim(size), BulkWriter.Mode.LIVE);
    }

    /** Rebuilds the people's documents the oldest follow-ups stand for, searchable at the next refresh. */
    @Transactional
    DrainOutcome drainFollowUps(int size) {
        return drain(outbox.claimFollowUps(size), BulkWriter.Mode.LIVE_AT_NEXT_REFRESH);
    }

    private DrainOutcome drain(List<OutboxEntry> rows, BulkWriter.Mode mode) {
        if (rows.isEmpty()) {
            return DrainOutcome.NOTHING;
        }
        // Taken after the claim, so greater than the version of any document built before these changes committed.
        long version = outbox.nextVersion();
        var indexed = index(rows, version, mode);
        var failures = indexed.failures();
        var done = rows.stream().filter(row -> !failures.containsKey(row.id())).toList();
        outbox.followUp(affected.withFollowUp(done));
        outbox.done(done.stream().map(OutboxEntry::id).toList());
        failures.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                        Collectors.mapping(Map.Entry::getKey, Collectors.toList())))
                .forEach((error, ids) -> outbox.failed(ids, error));
        return new DrainOutcome(rows.size(), indexed.documents(), failures.size(),
                failures.values().stream().findFirst().orElse(null));
    }

    private Indexed index(List<OutboxEntry> rows, long version, BulkWriter.Mode mode) {
        try {
            var lookup = lookups.open();
            var touched = affected.of(rows, lookup);
            var refs = touched.values().stream().flatMap(Set::stream).collect(Collectors.toCollection(LinkedHashSet::new));
            var refused = new HashMap<DocumentRef, String>();
            var writes = build(refs, lookup, refused);
            refused.putAll(bulk.write(writes, version, indexes::alias, mode));
            return new Indexed(writes.size(), failures(touched, refused));
        } catch (SearchUnavailableException | ElasticsearchException e) {
            return new Indexed(0, rows.stream().collect(Collectors.toMap(OutboxEntry::id, row -> e.getMessage())));
        }
    }

    /** The writes of the documents that could be built; a document that could not is refused with the reason. */
    private List<DocumentWrite> build(Set<DocumentRef> refs, Lookup lookup, Map<DocumentRef, String> refused) {
        if (refs.isEmpty()) {
            return List.of();
        }
        var writes = new ArrayList<DocumentWrite>(refs.size());
        lookup.preloadProjects(idsIn(refs, RegistryIndex.PROJECTS));
        lookup.preloadProjectsOfPeople(idsIn(refs, RegistryIndex.PEOPLE));
        for (var ref : refs) {
            try {
                writes.add(documents.build(ref, lookup));
            } catch (RuntimeException e) {
                refused.put(ref, "cannot build the document: " + e);
            }
        }
        return writes;
    }

    private static List<UUID> idsIn(Set<DocumentRef> refs, RegistryIndex index) {
        return refs.stream().filter(ref -> ref.index() == index).map(ref -> UUID.fromString(ref.id())).toList();
    }

    private static Map<Long, String> failures(Map<Long, Set<DocumentRef>> touched, Map<DocumentRef, String> refused) {
        var failures = new HashMap<Long, String>();
        touched.forEach((rowId, refs) -> refs.stream().filter(refused::containsKey).findFirst()
                .ifPresent(ref -> failures.put(rowId, ref + ": " + refused.get(ref))));
        return failures;
    }

    /** How many documents a batch sent, and why each failed row failed, by row id. */
    private record Indexed(int documents, Map<Long, String> failures) {
    }
}
