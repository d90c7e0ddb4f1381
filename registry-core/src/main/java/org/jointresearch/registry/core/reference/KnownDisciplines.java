package org.jointresearch.registry.core.reference;

import jakarta.inject.Singleton;
import org.jointresearch.registry.core.common.ReferenceChecks;

import java.util.Collection;
import java.util.HashSet;

/** Checks that the discipline codes a record is classified by name disciplines of the registry's tree. */
@Singleton
public class KnownDisciplines {

    private final ReferenceLookups lookups;

    KnownDisciplines(ReferenceLookups lookups) {
        this.lookups = lookups;
    }

    /** Adds to {@code checks} a refusal of every unknown code, naming it {@code field[index]}. */
    public void requireKnown(ReferenceChecks checks, String field, Collection<String> codes) {
        var known = codes.isEmpty() ? new HashSet<String>() : new HashSet<>(lookups.knownDisciplineCodes(codes));
        int index = 0;
        for (String code : codes) {
            checks.require(code == null || known.contains(code), field + "[" + index++ + "]",
                    "no discipline has the code " + code);
        }
    }
}
