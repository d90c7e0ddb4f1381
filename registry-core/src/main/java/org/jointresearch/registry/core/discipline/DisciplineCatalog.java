package org.jointresearch.registry.core.discipline;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.common.ReferenceChecks;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/** What other parts of the registry ask of the discipline tree: whether the codes a record is classified by exist. */
@Singleton
public class DisciplineCatalog {

    private final DisciplineRepository repository;

    DisciplineCatalog(DisciplineRepository repository) {
        this.repository = repository;
    }

    /** Adds to {@code checks} one error per unknown code, naming {@code field[index]}. */
    @ReadOnly
    public void requireKnown(ReferenceChecks checks, String field, Collection<String> codes) {
        var given = codes.stream().filter(Objects::nonNull).toList();
        checks.allKnown(field, codes, given.isEmpty() ? Set.of() : Set.copyOf(repository.findCodeByCodeIn(given)),
                "discipline");
    }
}
