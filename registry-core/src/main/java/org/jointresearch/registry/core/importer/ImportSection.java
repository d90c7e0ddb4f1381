package org.jointresearch.registry.core.importer;

import jakarta.validation.ConstraintViolationException;
import org.jointresearch.registry.core.common.DuplicateException;
import org.jointresearch.registry.core.common.FieldError;
import org.jointresearch.registry.core.common.NewRecord;
import org.jointresearch.registry.core.common.RuleViolationException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How the import writes one kind of record through its service: creates the records that are missing,
 * updates those that differ, and leaves identical ones alone, so a second load changes nothing. Records
 * are looked up, and created, a batch at a time where the service can do so.
 *
 * @param current   the drafts that would recreate the stored records among some ids; missing ids left out
 * @param createAll creates records, all or none, naming each refusal by the record's place
 */
record ImportSection<D>(String name, Function<Collection<UUID>, Map<UUID, D>> current,
                        Consumer<List<NewRecord<D>>> createAll, BiConsumer<UUID, D> update) {

    /** Records looked up and created together: bounds a statement's parameters and a batch's memory. */
    static final int BATCH = 500;

    /** A section whose service reads and creates one record at a time. */
    static <D> ImportSection<D> oneByOne(String name, Predicate<UUID> exists, Function<UUID, D> current,
                                         BiConsumer<UUID, D> create, BiConsumer<UUID, D> update) {
        return new ImportSection<>(name, ids -> {
            var drafts = new HashMap<UUID, D>();
            ids.stream().filter(exists).forEach(id -> drafts.put(id, current.apply(id)));
            return drafts;
        }, records -> records.forEach(record -> named(record.place(),
                () -> create.accept(record.id(), record.draft()))), update);
    }

    /** Writes the records in their order, a batch at a time, counting what became of each. */
    void write(List<NewRecord<D>> records, ImportSummary summary) {
        for (int from = 0; from < records.size(); from += BATCH) {
            var batch = records.subList(from, Math.min(records.size(), from + BATCH));
            var stored = current.apply(batch.stream().map(NewRecord::id).toList());
            var missing = new ArrayList<NewRecord<D>>();
            for (var record : batch) {
                var draft = stored.get(record.id());
                if (draft == null) {
                    missing.add(record);
                } else if (draft.equals(record.draft())) {
                    summary.count(name, ImportSummary.Outcome.UNCHANGED);
                } else {
                    named(record.place(), () -> update.accept(record.id(), record.draft()));
                    summary.count(name, ImportSummary.Outcome.UPDATED);
                }
            }
            createAll.accept(missing);
            missing.forEach(record -> summary.count(name, ImportSummary.Outcome.CREATED));
        }
    }

    /** Runs the write of one record, its refusals named from the document's point of view. */
    private static void named(String place, Runnable write) {
        try {
            write.run();
        } catch (ConstraintViolationException e) {
            throw new RuleViolationException(FieldError.within(place, e.getConstraintViolations()));
        } catch (RuleViolationException e) {
            throw new RuleViolationException(e.errors().stream().map(error -> error.within(place)).toList());
        } catch (DuplicateException e) {
            throw new DuplicateException(place + "." + e.field(), e.getMessage());
        }
    }
}
