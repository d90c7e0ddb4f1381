package org.jointresearch.registry.core.importer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.common.RuleViolationException;
import org.jointresearch.registry.core.importer.ImportDocument.InstitutionEntry;
import org.jointresearch.registry.core.institution.InstitutionDraft;
import org.jointresearch.registry.core.institution.Institutions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads an {@link ImportDocument} through the same services as every other change, so imported
 * records are validated, audited and indexed alike. All or nothing, and idempotent: loading the
 * same document again changes nothing.
 */
@Singleton
public class RegistryImport {

    static final String INSTITUTIONS = "institutions";

    private final Institutions institutions;

    RegistryImport(Institutions institutions) {
        this.institutions = institutions;
    }

    @Transactional
    public ImportSummary load(ImportDocument document) {
        var summary = new ImportSummary();
        for (var entry : parentsFirst(document.institutionsOrEmpty())) {
            var id = ImportKeys.id(INSTITUTIONS, entry.key());
            summary.count(INSTITUTIONS, Upserts.upsert(id, institutionDraft(entry),
                    known -> institutions.exists(known) ? Optional.of(InstitutionDraft.of(institutions.get(known)))
                            : Optional.empty(),
                    institutions::create,
                    (known, draft) -> institutions.update(known, null, draft)));
        }
        return summary;
    }

    private static InstitutionDraft institutionDraft(InstitutionEntry entry) {
        return new InstitutionDraft(entry.name(), entry.nameZh(), entry.aliases() == null ? List.of() : entry.aliases(),
                entry.kind(), entry.parent() == null ? null : ImportKeys.id(INSTITUTIONS, entry.parent()),
                entry.rorId(), entry.city(), entry.countryCode(), entry.website());
    }

    /** Institutions ordered so that each parent is created before its children. */
    private static List<InstitutionEntry> parentsFirst(List<InstitutionEntry> entries) {
        Map<String, InstitutionEntry> byKey = new HashMap<>();
        entries.forEach(entry -> byKey.put(entry.key(), entry));
        List<InstitutionEntry> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (var entry : entries) {
            place(entry, byKey, placed, new HashSet<>(), ordered);
        }
        return ordered;
    }

    private static void place(InstitutionEntry entry, Map<String, InstitutionEntry> byKey, Set<String> placed,
                              Set<String> visiting, List<InstitutionEntry> ordered) {
        if (placed.contains(entry.key())) {
            return;
        }
        if (!visiting.add(entry.key())) {
            throw new RuleViolationException(INSTITUTIONS, "the parents of " + entry.key() + " form a cycle");
        }
        if (entry.parent() != null && byKey.containsKey(entry.parent())) {
            place(byKey.get(entry.parent()), byKey, placed, visiting, ordered);
        }
        placed.add(entry.key());
        ordered.add(entry);
    }
}
