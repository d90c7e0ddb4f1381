package org.jointresearch.registry.core.importer;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Identifiers of imported records, derived from the import's own keys, so that loading the same
 * file twice finds the records the first load created instead of adding copies.
 */
final class ImportKeys {

    private ImportKeys() {
    }

    static UUID id(String section, String key) {
        return UUID.nameUUIDFromBytes(("joint-research-registry:" + section + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
