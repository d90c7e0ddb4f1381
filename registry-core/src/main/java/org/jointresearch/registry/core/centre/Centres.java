package org.jointresearch.registry.core.centre;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import org.jointresearch.registry.core.agreement.Agreements;
import org.jointresearch.registry.core.change.ChangeRecorder;
import org.jointresearch.registry.core.common.Constraints;
import org.jointresearch.registry.core.common.KnownIds;
import org.jointresearch.registry.core.common.NotFoundException;
import org.jointresearch.registry.core.common.Positions;
import org.jointresearch.registry.core.common.ReferenceChecks;
import org.jointresearch.registry.core.common.Versions;
import org.jointresearch.registry.core.discipline.DisciplineCatalog;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.core.person.People;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Registers joint research centres and keeps them correct; the only way the registry changes one. */
@Singleton
public class Centres {

    public static final String ENTITY = "centre";

    private final CentreRepository repository;
    private final CentreInstitutionRepository institutions;
    private final CentreDirectorRepository directors;
    private final Agreements agreements;
    private final Institutions registeredInstitutions;
    private final People people;
    private final DisciplineCatalog disciplines;
    private final ChangeRecorder changes;

    Centres(CentreRepository repository, CentreInstitutionRepository institutions, CentreDirectorRepository directors,
            Agreements agreements, Institutions registeredInstitutions, People people, DisciplineCatalog disciplines,
            ChangeRecorder changes) {
        this.repository = repository;
        this.institutions = institutions;
        this.directors = directors;
        this.agreements = agreements;
        this.registeredInstitutions = registeredInstitutions;
        this.people = people;
        this.disciplines = disciplines;
        this.changes = changes;
    }

    @ReadOnly
    public CentreView get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The record, or empty when there is none, for readers to whom a missing record is no error. */
    @ReadOnly
    public Optional<CentreView> find(UUID id) {
        return repository.findById(id).map(this::view);
    }

    @ReadOnly
    public boolean exists(UUID id) {
        return repository.existsById(id);
    }

    /** Which of these ids name a centre, asked in one query. */
    @ReadOnly
    public Set<UUID> existing(Collection<UUID> ids) {
        return KnownIds.among(ids, repository::findIdByIdIn);
    }

    @ReadOnly
    public Page<CentreView> list(CentreFilter filter, Pageable pageable) {
        var status = filter.status() == null ? null : filter.status().name();
        return repository.findMatching(filter.institutionId(), filter.disciplineCode(), status, filter.agreementId(),
                pageable).map(this::view);
    }

    /**
     * One step of a walk through every centre in id order: the {@code size} centres after the one with id
     * {@code after} (from the start when null).
     */
    @ReadOnly
    public List<CentreView> after(@Nullable UUID after, int size) {
        var first = Pageable.from(0, size, Sort.of(Sort.Order.asc("id")));
        return (after == null ? repository.list(first) : repository.findByIdGreaterThan(after, first)).stream()
                .map(this::view).toList();
    }

    /** The ids of every centre that matches the filter, for those who need them all rather than a page. */
    @ReadOnly
    public List<UUID> ids(CentreFilter filter) {
        var status = filter.status() == null ? null : filter.status().name();
        return repository.findIdsMatching(filter.institutionId(), filter.disciplineCode(), status,
                filter.agreementId());
    }

    /** The ids of the centres a person directs. */
    @ReadOnly
    public List<UUID> idsDirectedBy(UUID personId) {
        return directors.findByPersonId(personId).stream().map(director -> director.key().centreId()).toList();
    }

    @Transactional
    public CentreView create(@Valid CentreDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    /** Creates a centre under an identifier chosen by the caller, as an import does. */
    @Transactional
    public CentreView create(UUID id, @Valid CentreDraft draft) {
        checkReferences(draft);
        var saved = Constraints.write(ENTITY, id, Map.of(), () -> {
            var centre = repository.save(draft.toCentre(id, null));
            saveChildren(id, draft);
            return view(centre);
        });
        changes.created(ENTITY, id, saved.centre().version(), saved);
        return saved;
    }

    @Transactional
    public CentreView update(UUID id, @Nullable Long expectedVersion, @Valid CentreDraft draft) {
        var current = get(id);
        Versions.require(ENTITY, id, expectedVersion, current.centre().version());
        checkReferences(draft);
        var updated = Constraints.write(ENTITY, id, Map.of(), () -> {
            // The row first: its version check makes a concurrent writer wait here and then fail with 412.
            var centre = repository.update(draft.toCentre(id, current.centre()));
            institutions.deleteByKeyCentreId(id);
            directors.deleteByKeyCentreId(id);
            saveChildren(id, draft);
            return view(centre);
        });
        changes.updated(ENTITY, id, updated.centre().version(), current, updated);
        return updated;
    }

    @Transactional
    public void delete(UUID id, @Nullable Long expectedVersion) {
        var current = get(id);
        Versions.require(ENTITY, id, expectedVersion, current.centre().version());
        Constraints.delete(ENTITY, id, () -> repository.delete(current.centre()));
        changes.deleted(ENTITY, id, current.centre().version(), current);
    }

    private void saveChildren(UUID id, CentreDraft draft) {
        institutions.saveAll(Positions.numbered(draft.institutionIds(),
                (index, institution) -> new CentreInstitution(new CentreRowKey(id, index), institution)));
        directors.saveAll(Positions.numbered(draft.directors(),
                (index, person) -> new CentreDirector(new CentreRowKey(id, index), person)));
    }

    private CentreView view(Centre centre) {
        return new CentreView(centre,
                institutions.findByKeyCentreIdOrderByKeyPositionIndex(centre.id()).stream()
                        .map(CentreInstitution::institutionId).toList(),
                directors.findByKeyCentreIdOrderByKeyPositionIndex(centre.id()).stream()
                        .map(CentreDirector::personId).toList());
    }

    private void checkReferences(CentreDraft draft) {
        var checks = new ReferenceChecks()
                .exists("agreementId", draft.agreementId(), agreements::exists, "agreement")
                .allExist("institutionIds", draft.institutionIds(), registeredInstitutions::exists, "institution")
                .distinct("institutionIds", draft.institutionIds())
                .allExist("directorIds", draft.directors(), people::exists, "person")
                .distinct("directorIds", draft.directors())
                .distinct("disciplineCodes", draft.disciplines());
        disciplines.requireKnown(checks, "disciplineCodes", draft.disciplines());
        checks.orReject();
    }
}
