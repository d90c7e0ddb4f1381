package org.jointresearch.registry.search.index;

import java.util.Map;
import java.util.Optional;

/**
 * What a concrete index's mapping records about how it was built ({@code _meta}): the outbox it was built
 * from and the mapping file it was built with. An index built from another outbox (the database was
 * recreated or restored, its change ids start over) or with another mapping has to be rebuilt.
 */
final class BuildMeta {

    static final String OUTBOX = "outbox";
    static final String MAPPING = "mapping";

    private BuildMeta() {
    }

    static Map<String, String> of(long outboxIdentity, String mappingFingerprint) {
        return Map.of(OUTBOX, String.valueOf(outboxIdentity), MAPPING, mappingFingerprint);
    }

    /** Why an index with {@code meta} must be rebuilt, or empty when it matches what the registry has now. */
    static Optional<String> mismatch(Map<String, String> meta, long outboxIdentity, String mappingFingerprint) {
        if (!String.valueOf(outboxIdentity).equals(meta.get(OUTBOX))) {
            return Optional.of("built from another database");
        }
        if (!mappingFingerprint.equals(meta.get(MAPPING))) {
            return Optional.of("built with another mapping");
        }
        return Optional.empty();
    }
}
