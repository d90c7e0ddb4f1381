package org.jointresearch.registry.core.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.jointresearch.registry.core.change.ChangeRecorder;
import org.jointresearch.registry.core.common.Constraints;
import org.jointresearch.registry.core.common.DuplicateException;
import org.jointresearch.registry.core.common.KnownIds;
import org.jointresearch.registry.core.common.NewRecord;
import org.jointresearch.registry.core.common.NotFoundException;
import org.jointresearch.registry.core.common.ReferenceChecks;
import org.jointresearch.registry.core.common.Versions;
import org.jointresearch.registry.core.discipline.DisciplineCatalog;
import org.jointresearch.registry.core.institution.Institutions;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Registers people and their affiliations and keeps them correct; the only way the registry changes one. */
@Singleton
public class People {

    public static final String ENTITY = "person";
    private static final Map<String, String> UNIQUE_FIELDS = Map.of("person_orcid_key", "orcid");

    private final PersonRepository repository;
    private final PersonAffiliations affiliations;
    private final Institutions institutions;
    private final DisciplineCatalog disciplines;
    private final ChangeRecorder changes;
    private final Validator validator;

    People(PersonRepository repository, PersonAffiliations affiliations, Institutions institutions,
           DisciplineCatalog disciplines, ChangeRecorder changes, Validator validator) {
        this.repository = repository;
        this.affiliations = affiliations;
        this.institutions = institutions;
        this.disciplines = disciplines;
        this.changes = changes;
        this.validator = validator;
    }

    /** The records of these people, read together; ids of no person are left out. */
    @ReadOnly
    public List<PersonView> findAll(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : withAffiliations(repository.findByIdIn(ids));
    }

    @ReadOnly
    public PersonView get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The record, or empty when there is none, for readers to whom a missing record is no error. */
    @ReadOnly
    public Optional<PersonView> find(UUID id) {
        return repository.findById(id).map(this::withAffiliations);
    }

    @ReadOnly
    public boolean exists(UUID id) {
        return repository.existsById(id);
    }

    /** Which of these ids name a person, asked in one query. */
    @ReadOnly
    public Set<UUID> existing(Collection<UUID> ids) {
        return KnownIds.among(ids, repository::findIdByIdIn);
    }

    @ReadOnly
    public Page<PersonView> list(PersonFilter filter, Pageable pageable) {
        var page = repository.findMatching(filter.institutionId(), filter.disciplineCode(), filter.nameContains(),
                pageable);
        var views = withAffiliations(page.getContent()).stream()
                .collect(Collectors.toMap(PersonView::id, Function.identity()));
        return page.map(person -> views.get(person.id()));
    }

    /**
     * One step of a walk through everyone in id order: the {@code size} people after the one with id
     * {@code after} (from the start when null). Each step costs the same however far the walk has gone, which
     * a page number would not.
     */
    @ReadOnly
    public List<PersonView> after(@Nullable UUID after, int size) {
        var first = Pageable.from(0, size, Sort.of(Sort.Order.asc("id")));
        return withAffiliations(after == null ? repository.list(first) : repository.findByIdGreaterThan(after, first));
    }

    /** The ids of everyone who matches the filter, for those who need them all rather than a page. */
    @ReadOnly
    public List<UUID> ids(PersonFilter filter) {
        return repository.findIdsMatching(filter.institutionId(), filter.disciplineCode(), filter.nameContains());
    }

    @Transactional
    public PersonView create(@Valid PersonDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    /** Creates a person under an identifier chosen by the caller, as an import does. */
    @Transactional
    public PersonView create(UUID id, @Valid PersonDraft draft) {
        checkReferences(draft);
        var saved = Constraints.write(ENTITY, id, UNIQUE_FIELDS, () -> repository.save(draft.toPerson(id, null)));
        var created = new PersonView(saved, affiliations.replace(id, draft.affiliationsOrNone()));
        changes.created(ENTITY, id, created.version(), created);
        return created;
    }

    /**
     * Creates many people under ids chosen by the caller, as an import does: the rules of {@link #create}, in
     * a few statements for the whole batch. All or nothing; a refusal names every broken rule of every record
     * by its place, or the first ORCID another person already has.
     */
    @Transactional
    public void createAll(List<NewRecord<PersonDraft>> records) {
        if (records.isEmpty()) {
            return;
        }
        NewRecord.requireValid(validator, records);
        var knownInstitutions = institutions.existing(records.stream()
                .flatMap(record -> record.draft().affiliationsOrNone().stream()).map(Affiliation::institutionId)
                .toList());
        NewRecord.requireAll(records, (checks, draft) -> check(checks, draft, knownInstitutions::contains));
        requireUnusedOrcids(records);
        var ids = records.stream().map(NewRecord::id).toList();
        var saved = Constraints.write(ENTITY, ids, UNIQUE_FIELDS, () -> repository.saveAll(records.stream()
                .map(record -> record.draft().toPerson(record.id(), null)).toList()));
        var created = affiliations.addAll(records.stream()
                .collect(Collectors.toMap(NewRecord::id, record -> record.draft().affiliationsOrNone())));
        var views = saved.stream().map(person -> new PersonView(person, created.get(person.id()))).toList();
        changes.createdAll(ENTITY, views, PersonView::id, PersonView::version);
    }

    /** An ORCID names one person: refuses the first one of the batch that is taken or named twice in it. */
    private void requireUnusedOrcids(List<NewRecord<PersonDraft>> records) {
        var orcids = records.stream().map(record -> record.draft().orcid()).filter(Objects::nonNull).toList();
        var taken = orcids.isEmpty() ? new HashSet<String>() : new HashSet<>(repository.findOrcidByOrcidIn(orcids));
        for (var record : records) {
            var orcid = record.draft().orcid();
            if (orcid != null && !taken.add(orcid)) {
                throw new DuplicateException(record.place() + ".orcid", "another person already has this orcid");
            }
        }
    }

    @Transactional
    public PersonView update(UUID id, @Nullable Long expectedVersion, @Valid PersonDraft draft) {
        var current = get(id);
        Versions.require(ENTITY, id, expectedVersion, current.version());
        checkReferences(draft);
        // The person row first: its version check makes a concurrent writer fail before touching the affiliations.
        var saved = Constraints.write(ENTITY, id, UNIQUE_FIELDS,
                () -> repository.update(draft.toPerson(id, current.person())));
        var updated = new PersonView(saved, affiliations.replace(id, draft.affiliationsOrNone()));
        changes.updated(ENTITY, id, updated.version(), current, updated);
        return updated;
    }

    @Transactional
    public void delete(UUID id, @Nullable Long expectedVersion) {
        var current = get(id);
        Versions.require(ENTITY, id, expectedVersion, current.version());
        Constraints.delete(ENTITY, id, () -> repository.delete(current.person()));
        changes.deleted(ENTITY, id, current.version(), current);
    }

    private PersonView withAffiliations(Person person) {
        return new PersonView(person, affiliations.of(person.id()));
    }

    /** The views of many people, their affiliations read in one query. */
    private List<PersonView> withAffiliations(List<Person> people) {
        var byPerson = affiliations.of(people.stream().map(Person::id).toList());
        return people.stream().map(person -> new PersonView(person, byPerson.getOrDefault(person.id(), List.of())))
                .toList();
    }

    private void checkReferences(PersonDraft draft) {
        var checks = new ReferenceChecks();
        check(checks, draft, institutions::exists);
        checks.orReject();
    }

    private void check(ReferenceChecks checks, PersonDraft draft, Predicate<UUID> institutionExists) {
        checks.distinct("disciplineCodes", draft.disciplineCodesOrNone());
        disciplines.requireKnown(checks, "disciplineCodes", draft.disciplineCodesOrNone());
        var list = draft.affiliationsOrNone();
        for (int index = 0; index < list.size(); index++) {
            var affiliation = list.get(index);
            var field = "affiliations[" + index + "]";
            checks.exists(field + ".institutionId", affiliation.institutionId(), institutionExists, "institution")
                    .notBefore(field + ".to", affiliation.to(), affiliation.from(), "from");
        }
    }
}
