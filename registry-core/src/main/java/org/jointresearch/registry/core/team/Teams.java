package org.jointresearch.registry.core.team;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import org.jointresearch.registry.core.centre.Centres;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Registers joint research teams and keeps them correct; the only way the registry changes one. */
@Singleton
public class Teams {

    public static final String ENTITY = "team";

    private final TeamRepository repository;
    private final TeamInstitutionRepository institutions;
    private final TeamMemberRepository members;
    private final Centres centres;
    private final Institutions registeredInstitutions;
    private final People people;
    private final DisciplineCatalog disciplines;
    private final ChangeRecorder changes;

    Teams(TeamRepository repository, TeamInstitutionRepository institutions, TeamMemberRepository members,
          Centres centres, Institutions registeredInstitutions, People people, DisciplineCatalog disciplines,
          ChangeRecorder changes) {
        this.repository = repository;
        this.institutions = institutions;
        this.members = members;
        this.centres = centres;
        this.registeredInstitutions = registeredInstitutions;
        this.people = people;
        this.disciplines = disciplines;
        this.changes = changes;
    }

    @ReadOnly
    public TeamView get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The record, or empty when there is none, for readers to whom a missing record is no error. */
    @ReadOnly
    public Optional<TeamView> find(UUID id) {
        return repository.findById(id).map(this::view);
    }

    @ReadOnly
    public boolean exists(UUID id) {
        return repository.existsById(id);
    }

    /** Which of these ids name a team, asked in one query. */
    @ReadOnly
    public Set<UUID> existing(Collection<UUID> ids) {
        return KnownIds.among(ids, repository::findIdByIdIn);
    }

    @ReadOnly
    public Page<TeamView> list(TeamFilter filter, Pageable pageable) {
        return repository.findMatching(filter.centreId(), filter.institutionId(), pageable).map(this::view);
    }

    @Transactional
    public TeamView create(@Valid TeamDraft draft) {
        return create(UUID.randomUUID(), draft);
    }

    /** Creates a team under an identifier chosen by the caller, as an import does. */
    @Transactional
    public TeamView create(UUID id, @Valid TeamDraft draft) {
        checkReferences(draft);
        var saved = Constraints.write(ENTITY, id, Map.of(), () -> {
            var team = repository.save(draft.toTeam(id, null));
            saveChildren(id, draft);
            return view(team);
        });
        changes.created(ENTITY, id, saved.team().version(), saved);
        return saved;
    }

    @Transactional
    public TeamView update(UUID id, @Nullable Long expectedVersion, @Valid TeamDraft draft) {
        var current = get(id);
        Versions.require(ENTITY, id, expectedVersion, current.team().version());
        checkReferences(draft);
        var updated = Constraints.write(ENTITY, id, Map.of(), () -> {
            // The row first: its version check makes a concurrent writer wait here and then fail with 412.
            var team = repository.update(draft.toTeam(id, current.team()));
            institutions.deleteByKeyTeamId(id);
            members.deleteByKeyTeamId(id);
            saveChildren(id, draft);
            return view(team);
        });
        changes.updated(ENTITY, id, updated.team().version(), current, updated);
        return updated;
    }

    @Transactional
    public void delete(UUID id, @Nullable Long expectedVersion) {
        var current = get(id);
        Versions.require(ENTITY, id, expectedVersion, current.team().version());
        Constraints.delete(ENTITY, id, () -> repository.delete(current.team()));
        changes.deleted(ENTITY, id, current.team().version(), current);
    }

    private void saveChildren(UUID id, TeamDraft draft) {
        institutions.saveAll(Positions.numbered(draft.institutions(),
                (index, institution) -> new TeamInstitution(new TeamRowKey(id, index), institution)));
        members.saveAll(Positions.numbered(draft.memberList(),
                (index, member) -> TeamMemberRow.of(new TeamRowKey(id, index), member)));
    }

    private TeamView view(Team team) {
        return new TeamView(team,
                institutions.findByKeyTeamIdOrderByKeyPositionIndex(team.id()).stream()
                        .map(TeamInstitution::institutionId).toList(),
                members.findByKeyTeamIdOrderByKeyPositionIndex(team.id()).stream()
                        .map(TeamMemberRow::toMember).toList());
    }

    private void checkReferences(TeamDraft draft) {
        var checks = new ReferenceChecks()
                .exists("centreId", draft.centreId(), centres::exists, "centre")
                .exists("leadId", draft.leadId(), people::exists, "person")
                .allExist("institutionIds", draft.institutions(), registeredInstitutions::exists, "institution")
                .distinct("institutionIds", draft.institutions())
                .distinct("disciplineCodes", draft.disciplines())
                .distinct("members", draft.memberList(), TeamMember::personId, ".personId");
        var memberList = draft.memberList();
        for (int index = 0; index < memberList.size(); index++) {
            var member = memberList.get(index);
            checks.exists("members[" + index + "].personId", member.personId(), people::exists, "person")
                    .notBefore("members[" + index + "].to", member.to(), member.from(), "from");
        }
        disciplines.requireKnown(checks, "disciplineCodes", draft.disciplines());
        checks.orReject();
    }
}
