package org.jointresearch.registry.core.importer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.institution.InstitutionKind;

import java.util.List;

/**
 * The registry's JSON import format (documented in the README): records of each kind refer to
 * each other by {@code key}, a slug unique within its section, instead of by database id.
 */
@Serdeable
public record ImportDocument(@Nullable List<InstitutionEntry> institutions) {

    List<InstitutionEntry> institutionsOrEmpty() {
        return institutions == null ? List.of() : institutions;
    }

    /** An institution; {@code parent} is the key of another institution of the document. */
    @Serdeable
    public record InstitutionEntry(String key, String name, @Nullable String nameZh, @Nullable List<String> aliases,
                                   InstitutionKind kind, @Nullable String parent, @Nullable String rorId,
                                   @Nullable String city, @Nullable String countryCode, @Nullable String website) {
    }
}
