package org.jointresearch.registry.core.discipline;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import org.jointresearch.registry.core.change.ChangeRecorder;
import org.jointresearch.registry.core.common.Constraints;
import org.jointresearch.registry.core.common.NotFoundException;
import org.jointresearch.registry.core.common.ReferenceChecks;
import org.jointresearch.registry.core.common.StillReferencedException;
import org.jointresearch.registry.core.common.Versions;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Keeps the discipline tree: adds, renames and removes fields of research, always by code. A code
 * never changes once given, because people, centres, teams and projects refer to it.
 */
@Singleton
public class Disciplines {

    public static final String ENTITY = "discipline";
    private static final Map<String, String> UNIQUE_FIELDS = Map.of("discipline_code_key", "code");

    private final DisciplineRepository repository;
    private final ChangeRecorder changes;

    Disciplines(DisciplineRepository repository, ChangeRecorder changes) {
        this.repository = repository;
        this.changes = changes;
    }

    @ReadOnly
    public Discipline get(String code) {
        return repository.findByCode(code).orElseThrow(() -> new NotFoundException(ENTITY, code));
    }

    /** All disciplines in tree order, or only the children of {@code parentCode} when it is given. */
    @ReadOnly
    public Page<Discipline> list(@Nullable String parentCode, Pageable pageable) {
        return repository.findInTreeOrder(parentCode, pageable);
    }

    @Transactional
    public Discipline create(@Valid DisciplineDraft draft) {
        checkParent(draft).orReject();
        var id = UUID.randomUUID();
        var saved = Constraints.write(ENTITY, draft.code(), UNIQUE_FIELDS,
                () -> repository.save(draft.toDiscipline(id, null)));
        changes.created(ENTITY, saved.code(), saved.version(), saved);
        return saved;
    }

    @Transactional
    public Discipline update(String code, @Nullable Long expectedVersion, @Valid DisciplineDraft draft) {
        var current = get(code);
        Versions.require(ENTITY, code, expectedVersion, current.version());
        checkParent(draft)
                .require(code.equals(draft.code()), "code", "a discipline's code cannot change; create a new one")
                .orReject();
        var updated = Constraints.write(ENTITY, code, UNIQUE_FIELDS,
                () -> repository.update(draft.toDiscipline(current.id(), current)));
        changes.updated(ENTITY, code, updated.version(), current, updated);
        return updated;
    }

    /** Removes a discipline nothing lies under and nothing is classified by. */
    @Transactional
    public void delete(String code, @Nullable Long expectedVersion) {
        var current = get(code);
        Versions.require(ENTITY, code, expectedVersion, current.version());
        // The codes people, centres, teams and projects hold are array elements without foreign keys,
        // so the database would let this delete orphan them.
        if (repository.existsByParentCode(code) || repository.isInUse(code)) {
            throw new StillReferencedException(ENTITY, code);
        }
        Constraints.delete(ENTITY, code, () -> repository.delete(current));
        changes.deleted(ENTITY, code, current.version(), current);
    }

    /** The parent must be the code minus its last segment, as the schema demands, and must exist. */
    private ReferenceChecks checkParent(DisciplineDraft draft) {
        var expected = Discipline.parentOf(draft.code());
        var checks = new ReferenceChecks();
        if (!Objects.equals(expected, draft.parentCode())) {
            return checks.require(false, "parentCode", expected == null
                    ? "a top-level discipline has no parent"
                    : "must be " + expected + ", the code without its last segment");
        }
        return checks.require(expected == null || repository.existsByCode(expected),
                "parentCode", "no discipline has the code " + expected);
    }
}
