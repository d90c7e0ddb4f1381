package org.jointresearch.registry.core.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.change.ChangeRecorder;
import org.jointresearch.registry.core.common.Constraints;
import org.jointresearch.registry.core.common.NewRecord;
import org.jointresearch.registry.core.common.NotFoundException;
import org.jointresearch.registry.core.common.Positions;
import org.jointresearch.registry.core.common.Versions;
import org.jointresearch.registry.core.person.People;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Registers joint projects and keeps them correct; the only way the registry changes one. */
@Singleton
public class Projects {

    public static final String ENTITY = "project";

    private final ProjectRepository repository;
    private final ProjectInstitutionRepository institutions;
    private final ProjectPersonRepository people;
    private final ProjectFundingRepository funding;
    private final ProjectRules rules;
    private final Centres centres;
    private final People registeredPeople;
    private final ChangeRecorder changes;
    private final Validator validator;

    Projects(ProjectRepository repository, ProjectInstitutionRepository institutions, ProjectPersonRepository people,
             ProjectFundingRepository funding, ProjectRules rules, Centres centres, People registeredPeople,
             ChangeRecorder changes, Validator validator) {
        this.repository = repository;
        this.institutions = institutions;
        this.people = people;
        this.funding = funding;
        this.rules = rules;
        this.centres = centres;
        this.registeredPeople = registeredPeople;
        this.changes = changes;
        this.validator = validator;
    }

    @ReadOnly
    public ProjectView get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The record, or empty when there is none, for readers to whom a missing record is no error. */
    @ReadOnly
    public Optional<ProjectView> find(UUID id) {
        return repository.findById(id).map(this::view);
    }

    @ReadOnly
    public boolean exists(UUID id) {
        return repository.existsById(id);
    }

    /** Whether the person leads the project or is one of its co-investigators; false for an unknown project. */
    @ReadOnly
    public boolean isSteeredBy(UUID projectId, UUID personId) {
        return people.existsByKeyProjectIdAndPersonIdAndRoleIn(projectId, personId, ProjectRole.STEERING);
    }

    @ReadOnly
    public Page<ProjectView> list(ProjectFilter filter, Pageable pageable) {
        var status = filter.status() == null ? null : filter.status().name();
        return views(repository.findMatching(filter.institutionId(), filter.disciplineCode(), status,
                filter.centreId(), filter.teamId(), filter.personId(), pageable));
    }

    /** The ids of every project that matches the filter, for those who need them all rather than a page. */
    @ReadOnly
    public List<UUID> ids(ProjectFilter filter) {
        var status = filter.status() == null ? null : filter.status().name();
        return repository.findIdsMatching(filter.institutionId(), filter.disciplineCode(), status, filter.centreId(),
                filter.teamId(), filter.personId());
    }

    /** The ids of the projects a person works on, in any role; none for an unknown person. */
    @ReadOnly
    public List<UUID> idsOfPerson(UUID personId) {
        return people.findProjectIdsOfPerson(personId);
    }

    /** The ids of the projects each of these people works on, in any role; a person with none is left out. */
    @ReadOnly
    public Map<UUID, List<UUID>> idsOfPeople(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return people.findByPersonIdIn(personIds).stream().collect(Collectors.groupingBy(ProjectPersonRow::personId,
                Collectors.mapping(row -> row.key().projectId(), Collectors.collectingAndThen(Collectors.toList(),
                        ids -> ids.stream().distinct().toList()))));
    }

    /**
     * One step of a walk through every project in id order: the {@code size} projects after the one with id
     * {@code after} (from the start when null). Each step costs the same however far the walk has gone, which
     * a page number would not.
     */
    @ReadOnly
    public List<ProjectView> after(@Nullable UUID after, int size) {
        var first = Pageable.from(0, size, Sort.of(Sort.Order.asc("id")));
        return views(after == null ? repository.list(first) : repository.findByIdGreaterThan(after, first));
    }

    /** The projects run by a centre; unknown centres are refused rather than answered with an empty page. */
    @ReadOnly
    public Page<ProjectView> ofCentre(UUID centreId, Pageable pageable) {
        if (!centres.exists(centreId)) {
            throw new NotFoundException("centre", centreId);
        }
        return list(ProjectFilter.ofCentre(centreId), pageable);
    }

    /** The projects a person works on; unknown people are refused rather than answered with an empty page. */
    @ReadOnly
    public Page<ProjectView> ofPerson(UUID personId, Pageable pageable) {
        if (!registeredPeople.exists(personId)) {
            throw new NotFoundException("person", personId);
        }
        return list(ProjectFilter.ofPerson(personId), pageable);
    }

    /** The projects that stem from an agreement, by title; an unknown agreement has none. */
    @ReadOnly
    public Page<ProjectView> ofAgreement(UUID agreementId, Pageable pageable) {
        return views(repository.findByAgreementIdOrderByTitle(agreementId, pageable));
    }

    @Transactional
    public ProjectView create(@Valid ProjectDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    /** Creates a project under an identifier chosen by the caller, as an import does. */
    @Transactional
    public ProjectView create(UUID id, @Valid ProjectDraft draft) {
        rules.check(draft);
        var saved = Constraints.write(ENTITY, id, Map.of(), () -> {
            var project = repository.save(draft.toProject(id, null));
            saveChildren(Map.of(id, draft));
            return written(project, draft);
        });
        changes.created(ENTITY, id, saved.project().version(), saved);
        return saved;
    }

    /**
     * Creates many projects under ids chosen by the caller, as an import does: the rules of {@link #create},
     * in a few statements for the whole batch instead of some twenty per project. All or nothing; a refusal
     * names every broken rule of every record by its place.
     */
    @Transactional
    public void createAll(List<NewRecord<ProjectDraft>> records) {
        if (records.isEmpty()) {
            return;
        }
        NewRecord.requireValid(validator, records);
        rules.checkAll(records);
        var ids = records.stream().map(NewRecord::id).toList();
        var saved = Constraints.write(ENTITY, ids, Map.of(), () -> {
            var projects = repository.saveAll(records.stream()
                    .map(record -> record.draft().toProject(record.id(), null)).toList());
            var drafts = records.stream().collect(Collectors.toMap(NewRecord::id, NewRecord::draft));
            saveChildren(drafts);
            return projects.stream().map(project -> written(project, drafts.get(project.id()))).toList();
        });
        changes.createdAll(ENTITY, saved, view -> view.project().id(), view -> view.project().version());
    }

    @Transactional
    public ProjectView update(UUID id, @Nullable Long expectedVersion, @Valid ProjectDraft draft) {
        var current = get(id);
        Versions.require(ENTITY, id, expectedVersion, current.project().version());
        rules.check(draft);
        var updated = Constraints.write(ENTITY, id, Map.of(), () -> {
            // The row first: its version check makes a concurrent writer wait here and then fail with 412.
            var project = repository.update(draft.toProject(id, current.project()));
            institutions.deleteByKeyProjectId(id);
            people.deleteByKeyProjectId(id);
            funding.deleteByKeyProjectId(id);
            saveChildren(Map.of(id, draft));
            return written(project, draft);
        });
        changes.updated(ENTITY, id, updated.project().version(), current, updated);
        return updated;
    }

    @Transactional
    public void delete(UUID id, @Nullable Long expectedVersion) {
        var current = get(id);
        Versions.require(ENTITY, id, expectedVersion, current.project().version());
        Constraints.delete(ENTITY, id, () -> repository.delete(current.project()));
        changes.deleted(ENTITY, id, current.project().version(), current);
    }

    /** The institution, person and funding rows of each project, one batch of each for them all. */
    private void saveChildren(Map<UUID, ProjectDraft> drafts) {
        institutions.saveAll(rows(drafts, ProjectDraft::institutions, ProjectInstitution::new));
        people.saveAll(rows(drafts, ProjectDraft::peopleList, ProjectPersonRow::of));
        funding.saveAll(rows(drafts, ProjectDraft::fundingList, ProjectFundingRow::of));
    }

    private static <T, R> List<R> rows(Map<UUID, ProjectDraft> drafts, Function<ProjectDraft, List<T>> values,
                                       BiFunction<ProjectRowKey, T, R> toRow) {
        return drafts.entrySet().stream().flatMap(draft -> Positions.numbered(values.apply(draft.getValue()),
                (index, value) -> toRow.apply(new ProjectRowKey(draft.getKey(), index), value)).stream()).toList();
    }

    /** The records of these projects, read together; ids of no project are left out. */
    @ReadOnly
    public List<ProjectView> findAll(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : views(repository.findByIdIn(ids));
    }

    private Page<ProjectView> views(Page<Project> page) {
        var views = views(page.getContent()).stream()
                .collect(Collectors.toMap(view -> view.project().id(), Function.identity()));
        return page.map(project -> views.get(project.id()));
    }

    /** The views of many projects, their rows read in one query per table rather than three per project. */
    private List<ProjectView> views(List<Project> projects) {
        if (projects.isEmpty()) {
            return List.of();
        }
        var ids = projects.stream().map(Project::id).toList();
        var institutionIds = institutions.findByKeyProjectIdInOrderByKeyPositionIndex(ids).stream()
                .collect(Collectors.groupingBy(row -> row.key().projectId(),
                        Collectors.mapping(ProjectInstitution::institutionId, Collectors.toList())));
        var participants = people.findByKeyProjectIdInOrderByKeyPositionIndex(ids).stream()
                .collect(Collectors.groupingBy(row -> row.key().projectId(),
                        Collectors.mapping(ProjectPersonRow::toPerson, Collectors.toList())));
        var grants = funding.findByKeyProjectIdInOrderByKeyPositionIndex(ids).stream()
                .collect(Collectors.groupingBy(row -> row.key().projectId(),
                        Collectors.mapping(ProjectFundingRow::toFunding, Collectors.toList())));
        return projects.stream().map(project -> new ProjectView(project,
                institutionIds.getOrDefault(project.id(), List.of()),
                participants.getOrDefault(project.id(), List.of()),
                grants.getOrDefault(project.id(), List.of()))).toList();
    }

    /** The record as just written, from the rows as saved: what reading it back would give, without the reads. */
    private static ProjectView written(Project project, ProjectDraft draft) {
        return new ProjectView(project, draft.institutions(), draft.peopleList(),
                draft.fundingList().stream().map(Funding::asStored).toList());
    }

    private ProjectView view(Project project) {
        var id = project.id();
        return new ProjectView(project,
                institutions.findByKeyProjectIdOrderByKeyPositionIndex(id).stream()
                        .map(ProjectInstitution::institutionId).toList(),
                people.findByKeyProjectIdOrderByKeyPositionIndex(id).stream().map(ProjectPersonRow::toPerson).toList(),
                funding.findByKeyProjectIdOrderByKeyPositionIndex(id).stream()
                        .map(ProjectFundingRow::toFunding).toList());
    }
}
