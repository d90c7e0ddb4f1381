package org.jointresearch.registry.core.importer;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Creates a record that is missing, updates one that differs, and leaves an identical one alone. */
final class Upserts {

    private Upserts() {
    }

    static <D> ImportSummary.Outcome upsert(UUID id, D draft, Function<UUID, Optional<D>> currentDraft,
                                            BiConsumer<UUID, D> create, BiConsumer<UUID, D> update) {
        var current = currentDraft.apply(id);
        if (current.isEmpty()) {
            create.accept(id, draft);
            return ImportSummary.Outcome.CREATED;
        }
        if (current.get().equals(draft)) {
            return ImportSummary.Outcome.UNCHANGED;
        }
        update.accept(id, draft);
        return ImportSummary.Outcome.UPDATED;
    }
}
