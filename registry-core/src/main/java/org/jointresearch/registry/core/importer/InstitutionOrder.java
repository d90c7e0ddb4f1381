package org.jointresearch.registry.core.importer;

import org.jointresearch.registry.core.common.RuleViolationException;
import org.jointresearch.registry.core.importer.ImportDocument.InstitutionEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Orders the institutions of an import so that each parent is created before its children. */
final class InstitutionOrder {

    private InstitutionOrder() {
    }

    static List<InstitutionEntry> parentsFirst(List<InstitutionEntry> entries) {
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
            throw new RuleViolationException(ImportKeys.INSTITUTIONS,
                    "the parents of " + entry.key() + " form a cycle");
        }
        if (entry.parent() != null && byKey.containsKey(entry.parent())) {
            place(byKey.get(entry.parent()), byKey, placed, visiting, ordered);
        }
        placed.add(entry.key());
        ordered.add(entry);
    }
}
