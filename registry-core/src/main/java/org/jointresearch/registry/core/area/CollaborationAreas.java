package org.jointresearch.registry.core.area;

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
import java.util.UUID;

/**
 * Keeps the list of collaboration areas, always by code. A code never changes once given, because
 * agreements refer to it.
 */
@Singleton
public class CollaborationAreas {

    public static final String ENTITY = "collaboration_area";
    private static final Map<String, String> UNIQUE_FIELDS = Map.of("collaboration_area_code_key", "code");

    private final CollaborationAreaRepository repository;
    private final ChangeRecorder changes;

    CollaborationAreas(CollaborationAreaRepository repository, ChangeRecorder changes) {
        this.repository = repository;
        this.changes = changes;
    }

    @ReadOnly
    public CollaborationArea get(String code) {
        return repository.findByCode(code).orElseThrow(() -> new NotFoundException("collaboration area", code));
    }

    @ReadOnly
    public Page<CollaborationArea> list(Pageable pageable) {
        return repository.findAll(pageable);
    }

    @Transactional
    public CollaborationArea create(@Valid CollaborationAreaDraft draft) {
        var saved = Constraints.write(ENTITY, draft.code(), UNIQUE_FIELDS,
                () -> repository.save(draft.toArea(UUID.randomUUID(), null)));
        changes.created(ENTITY, saved.code(), saved.version(), saved);
        return saved;
    }

    @Transactional
    public CollaborationArea update(String code, @Nullable Long expectedVersion, @Valid CollaborationAreaDraft draft) {
        var current = get(code);
        Versions.require(ENTITY, code, expectedVersion, current.version());
        new ReferenceChecks()
                .require(code.equals(draft.code()), "code", "an area's code cannot change; create a new one")
                .orReject();
        var updated = Constraints.write(ENTITY, code, UNIQUE_FIELDS,
                () -> repository.update(draft.toArea(current.id(), current)));
        changes.updated(ENTITY, code, updated.version(), current, updated);
        return updated;
    }

    /** Removes an area no agreement commits to. */
    @Transactional
    public void delete(String code, @Nullable Long expectedVersion) {
        var current = get(code);
        Versions.require(ENTITY, code, expectedVersion, current.version());
        // Agreements hold area codes as array elements without foreign keys, so the database would let
        // this delete orphan them.
        if (repository.isInUse(code)) {
            throw new StillReferencedException("collaboration area", code);
        }
        Constraints.delete(ENTITY, code, () -> repository.delete(current));
        changes.deleted(ENTITY, code, current.version(), current);
    }
}
