package org.jointresearch.registry.core.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import org.jointresearch.registry.core.agreement.Agreements;
import org.jointresearch.registry.core.change.ChangeRecorder;
import org.jointresearch.registry.core.common.Constraints;
import org.jointresearch.registry.core.common.NotFoundException;
import org.jointresearch.registry.core.common.Positions;
import org.jointresearch.registry.core.common.ReferenceChecks;
import org.jointresearch.registry.core.common.Versions;
import org.jointresearch.registry.core.institution.Institutions;

import java.util.Map;
import java.util.UUID;

/** Registers exchange and training programmes and keeps them correct; the only way the registry changes one. */
@Singleton
public class Programmes {

    public static final String ENTITY = "programme";

    private final ProgrammeRepository repository;
    private final ProgrammePartnerRepository partners;
    private final Agreements agreements;
    private final Institutions institutions;
    private final ChangeRecorder changes;

    Programmes(ProgrammeRepository repository, ProgrammePartnerRepository partners, Agreements agreements,
               Institutions institutions, ChangeRecorder changes) {
        this.repository = repository;
        this.partners = partners;
        this.agreements = agreements;
        this.institutions = institutions;
        this.changes = changes;
    }

    @ReadOnly
    public ProgrammeView get(UUID id) {
        return repository.findById(id).map(this::view).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @ReadOnly
    public boolean exists(UUID id) {
        return repository.existsById(id);
    }

    @ReadOnly
    public Page<ProgrammeView> list(ProgrammeFilter filter, Pageable pageable) {
        var kind = filter.kind() == null ? null : filter.kind().name();
        return repository.findMatching(filter.institutionId(), kind, filter.agreementId(), pageable).map(this::view);
    }

    @Transactional
    public ProgrammeView create(@Valid ProgrammeDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    /** Creates a programme under an identifier chosen by the caller, as an import does. */
    @Transactional
    public ProgrammeView create(UUID id, @Valid ProgrammeDraft draft) {
        checkReferences(draft);
        var saved = Constraints.write(ENTITY, id, Map.of(), () -> {
            var programme = repository.save(draft.toProgramme(id, null));
            savePartners(id, draft);
            return view(programme);
        });
        changes.created(ENTITY, id, saved.programme().version(), saved);
        return saved;
    }

    @Transactional
    public ProgrammeView update(UUID id, @Nullable Long expectedVersion, @Valid ProgrammeDraft draft) {
        var current = get(id);
        Versions.require(ENTITY, id, expectedVersion, current.programme().version());
        checkReferences(draft);
        var updated = Constraints.write(ENTITY, id, Map.of(), () -> {
            // The row first: its version check makes a concurrent writer wait here and then fail with 412.
            var programme = repository.update(draft.toProgramme(id, current.programme()));
            partners.deleteByKeyProgrammeId(id);
            savePartners(id, draft);
            return view(programme);
        });
        changes.updated(ENTITY, id, updated.programme().version(), current, updated);
        return updated;
    }

    @Transactional
    public void delete(UUID id, @Nullable Long expectedVersion) {
        var current = get(id);
        Versions.require(ENTITY, id, expectedVersion, current.programme().version());
        Constraints.delete(ENTITY, id, () -> repository.delete(current.programme()));
        changes.deleted(ENTITY, id, current.programme().version(), current);
    }

    private void savePartners(UUID id, ProgrammeDraft draft) {
        partners.saveAll(Positions.numbered(draft.partners(),
                (index, institution) -> new ProgrammePartner(new ProgrammeRowKey(id, index), institution)));
    }

    private ProgrammeView view(Programme programme) {
        return new ProgrammeView(programme, partners.findByKeyProgrammeIdOrderByKeyPositionIndex(programme.id())
                .stream().map(ProgrammePartner::institutionId).toList());
    }

    private void checkReferences(ProgrammeDraft draft) {
        var host = draft.hostInstitutionId();
        var checks = new ReferenceChecks()
                .notBefore("endsOn", draft.endsOn(), draft.startsOn(), "startsOn")
                .exists("agreementId", draft.agreementId(), agreements::exists, "agreement")
                .exists("hostInstitutionId", host, institutions::exists, "institution")
                .allExist("partnerInstitutionIds", draft.partners(), institutions::exists, "institution")
                .distinct("partnerInstitutionIds", draft.partners());
        var partnerIds = draft.partners();
        for (int index = 0; index < partnerIds.size(); index++) {
            checks.require(!partnerIds.get(index).equals(host), "partnerInstitutionIds[" + index + "]",
                    "the host is not its own partner");
        }
        checks.orReject();
    }
}
