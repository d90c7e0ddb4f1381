package org.jointresearch.registry.core.importer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Identifiers of imported records, derived from the import's own keys, so that loading the same
 * file twice finds the records the first load created instead of adding copies.
 */
final class ImportKeys {

    static final String INSTITUTIONS = "institutions";
    static final String PEOPLE = "people";
    static final String AGREEMENTS = "agreements";
    static final String CENTRES = "centres";
    static final String TEAMS = "teams";
    static final String PROJECTS = "projects";
    static final String PROGRAMMES = "programmes";

    private ImportKeys() {
    }

    static UUID id(String section, String key) {
        var name = "joint-research-registry:" + section + ":" + key;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The id a reference names, or null when the reference is absent. */
    static UUID optional(String section, String key) {
        return key == null ? null : id(section, key);
    }

    static List<UUID> ids(String section, List<String> keys) {
        return keys == null ? List.of() : keys.stream().map(key -> id(section, key)).toList();
    }
}
