package org.jointresearch.registry.core.institution;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.repository.jpa.criteria.PredicateSpecification;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import org.jointresearch.registry.core.change.ChangeRecorder;
import org.jointresearch.registry.core.common.Constraints;
import org.jointresearch.registry.core.common.KnownIds;
import org.jointresearch.registry.core.common.NotFoundException;
import org.jointresearch.registry.core.common.ReferenceChecks;
import org.jointresearch.registry.core.common.Specifications;
import org.jointresearch.registry.core.common.Versions;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Registers institutions and keeps them correct; the only way the registry changes one. */
@Singleton
public class Institutions {

    public static final String ENTITY = "institution";
    private static final Map<String, String> UNIQUE_FIELDS =
            Map.of("institution_ror_id_key", "rorId", "institution_name_uq", "name");

    private final InstitutionRepository repository;
    private final ChangeRecorder changes;

    Institutions(InstitutionRepository repository, ChangeRecorder changes) {
        this.repository = repository;
        this.changes = changes;
    }

    @ReadOnly
    public Institution get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The record, or empty when there is none, for readers to whom a missing record is no error. */
    @ReadOnly
    public Optional<Institution> find(UUID id) {
        return repository.findById(id);
    }

    @ReadOnly
    public boolean exists(UUID id) {
        return repository.existsById(id);
    }

    /** Which of these ids name an institution, asked in one query. */
    @ReadOnly
    public Set<UUID> existing(Collection<UUID> ids) {
        return KnownIds.among(ids, repository::findIdByIdIn);
    }

    @ReadOnly
    public Page<Institution> list(InstitutionFilter filter, Pageable pageable) {
        PredicateSpecification<Institution> where = null;
        if (filter.kind() != null) {
            where = (root, cb) -> cb.equal(root.get("kind"), filter.kind());
        }
        if (filter.parentId() != null) {
            where = Specifications.and(where, (root, cb) -> cb.equal(root.get("parentId"), filter.parentId()));
        }
        if (filter.countryCode() != null) {
            where = Specifications.and(where, (root, cb) -> cb.equal(root.get("countryCode"), filter.countryCode()));
        }
        return repository.findAll(where, pageable);
    }

    /** The chain of parents up to the root, nearest first: a hospital's school, then its university. */
    @ReadOnly
    public List<Institution> ancestors(UUID id) {
        get(id);
        return repository.findAncestors(id);
    }

    @Transactional
    public Institution create(@Valid InstitutionDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    /** Creates an institution under an identifier chosen by the caller, as an import does. */
    @Transactional
    public Institution create(UUID id, @Valid InstitutionDraft draft) {
        checkReferences(id, draft);
        var saved = Constraints.write(ENTITY, id, UNIQUE_FIELDS, () -> repository.save(draft.toInstitution(id, null)));
        changes.created(ENTITY, id, saved.version(), saved);
        return saved;
    }

    @Transactional
    public Institution update(UUID id, @Nullable Long expectedVersion, @Valid InstitutionDraft draft) {
        var current = get(id);
        Versions.require(ENTITY, id, expectedVersion, current.version());
        checkReferences(id, draft);
        var updated = Constraints.write(ENTITY, id, UNIQUE_FIELDS,
                () -> repository.update(draft.toInstitution(id, current)));
        changes.updated(ENTITY, id, updated.version(), current, updated);
        return updated;
    }

    @Transactional
    public void delete(UUID id, @Nullable Long expectedVersion) {
        var current = get(id);
        Versions.require(ENTITY, id, expectedVersion, current.version());
        Constraints.delete(ENTITY, id, () -> repository.delete(current));
        changes.deleted(ENTITY, id, current.version(), current);
    }

    private void checkReferences(UUID id, InstitutionDraft draft) {
        var parent = draft.parentId();
        new ReferenceChecks()
                .exists("parentId", parent, repository::existsById, ENTITY)
                .require(parent == null || !parent.equals(id), "parentId", "an institution cannot be its own parent")
                .require(parent == null || !repository.existsById(parent)
                                || repository.findAncestors(parent).stream().noneMatch(a -> a.id().equals(id)),
                        "parentId", "would make the institution its own ancestor")
                .orReject();
    }
}
