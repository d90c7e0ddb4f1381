package org.jointresearch.registry.core.importer;

import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How the import writes one kind of record through its service: creates a record that is missing,
 * updates one that differs, and leaves an identical one alone, so a second load changes nothing.
 *
 * @param current the draft that would recreate the stored record
 */
record ImportSection<D>(String name, Predicate<UUID> exists, Function<UUID, D> current,
                        BiConsumer<UUID, D> create, BiConsumer<UUID, D> update) {

    ImportSummary.Outcome write(UUID id, D draft) {
        if (!exists.test(id)) {
            create.accept(id, draft);
            return ImportSummary.Outcome.CREATED;
        }
        if (current.apply(id).equals(draft)) {
            return ImportSummary.Outcome.UNCHANGED;
        }
        update.accept(id, draft);
        return ImportSummary.Outcome.UPDATED;
    }
}
