package org.jointresearch.registry.core.common;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Which of many ids name a record of one kind, asked in one query instead of one per id. */
public final class KnownIds {

    private KnownIds() {
    }

    /** The ids among {@code ids} that {@code lookup} finds; no query for none. */
    public static Set<UUID> among(Collection<UUID> ids, Function<Collection<UUID>, List<UUID>> lookup) {
        var distinct = new HashSet<UUID>(ids);
        distinct.remove(null);
        return distinct.isEmpty() ? Set.of() : Set.copyOf(lookup.apply(distinct));
    }
}
