package org.jointresearch.registry.core.agreement;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import org.jointresearch.registry.core.change.ChangeRecorder;
import org.jointresearch.registry.core.common.Constraints;
import org.jointresearch.registry.core.common.KnownIds;
import org.jointresearch.registry.core.common.NotFoundException;
import org.jointresearch.registry.core.common.Versions;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Registers agreements with their parties and signatories and keeps them correct; the only way one changes. */
@Singleton
public class Agreements {

    public static final String ENTITY = "agreement";

    private final AgreementRepository repository;
    private final AgreementParts parts;
    private final AgreementRules rules;
    private final ChangeRecorder changes;

    Agreements(AgreementRepository repository, AgreementParts parts, AgreementRules rules, ChangeRecorder changes) {
        this.repository = repository;
        this.parts = parts;
        this.rules = rules;
        this.changes = changes;
    }

    @ReadOnly
    public AgreementView get(UUID id) {
        return repository.findById(id).map(parts::of).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @ReadOnly
    public boolean exists(UUID id) {
        return repository.existsById(id);
    }

    /** Which of these ids name an agreement, asked in one query. */
    @ReadOnly
    public Set<UUID> existing(Collection<UUID> ids) {
        return KnownIds.among(ids, repository::findIdByIdIn);
    }

    @ReadOnly
    public Page<AgreementView> list(AgreementFilter filter, Pageable pageable) {
        return repository.findMatching(filter.institutionId(), nameOf(filter.status()), nameOf(filter.kind()), pageable)
                .map(parts::of);
    }

    @Transactional
    public AgreementView create(@Valid AgreementDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    /** Creates an agreement under an identifier chosen by the caller, as an import does. */
    @Transactional
    public AgreementView create(UUID id, @Valid AgreementDraft draft) {
        rules.check(draft);
        var saved = Constraints.write(ENTITY, id, Map.of(), () -> repository.save(draft.toAgreement(id, null)));
        var created = parts.replace(saved, draft.partyIds(), draft.signatoriesOrNone());
        changes.created(ENTITY, id, created.version(), created);
        return created;
    }

    @Transactional
    public AgreementView update(UUID id, @Nullable Long expectedVersion, @Valid AgreementDraft draft) {
        var current = get(id);
        Versions.require(ENTITY, id, expectedVersion, current.version());
        rules.check(draft);
        // The agreement row first: its version check makes a concurrent writer fail before touching the lists.
        var saved = Constraints.write(ENTITY, id, Map.of(),
                () -> repository.update(draft.toAgreement(id, current.agreement())));
        var updated = parts.replace(saved, draft.partyIds(), draft.signatoriesOrNone());
        changes.updated(ENTITY, id, updated.version(), current, updated);
        return updated;
    }

    @Transactional
    public void delete(UUID id, @Nullable Long expectedVersion) {
        var current = get(id);
        Versions.require(ENTITY, id, expectedVersion, current.version());
        Constraints.delete(ENTITY, id, () -> repository.delete(current.agreement()));
        changes.deleted(ENTITY, id, current.version(), current);
    }

    private static @Nullable String nameOf(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }
}
