package org.jointresearch.registry.core.project;

import jakarta.inject.Singleton;
import org.jointresearch.registry.core.agreement.Agreements;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.common.NewRecord;
import org.jointresearch.registry.core.common.ReferenceChecks;
import org.jointresearch.registry.core.discipline.DisciplineCatalog;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.team.Teams;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The rules of a project that need the database or look across fields: references exist, lists name
 * nobody twice, one lead at most, dates in order, an amount says its currency. The records a batch of
 * drafts names are looked up with one query per kind, however many drafts and references there are.
 */
@Singleton
class ProjectRules {

    private final Centres centres;
    private final Teams teams;
    private final Agreements agreements;
    private final Institutions institutions;
    private final People people;
    private final DisciplineCatalog disciplines;

    ProjectRules(Centres centres, Teams teams, Agreements agreements, Institutions institutions, People people,
                 DisciplineCatalog disciplines) {
        this.centres = centres;
        this.teams = teams;
        this.agreements = agreements;
        this.institutions = institutions;
        this.people = people;
        this.disciplines = disciplines;
    }

    void check(ProjectDraft draft) {
        var checks = new ReferenceChecks();
        check(checks, draft, Named.in(List.of(draft), this));
        checks.orReject();
    }

    /** Checks every record and refuses them all at once, each refusal named by the record's place. */
    void checkAll(List<NewRecord<ProjectDraft>> records) {
        var named = Named.in(records.stream().map(NewRecord::draft).toList(), this);
        NewRecord.requireAll(records, (checks, draft) -> check(checks, draft, named));
    }

    private void check(ReferenceChecks checks, ProjectDraft draft, Named named) {
        checks.notBefore("endsOn", draft.endsOn(), draft.startsOn(), "startsOn")
                .exists("centreId", draft.centreId(), named.centres()::contains, "centre")
                .exists("teamId", draft.teamId(), named.teams()::contains, "team")
                .exists("agreementId", draft.agreementId(), named.agreements()::contains, "agreement")
                .allExist("institutionIds", draft.institutions(), named.institutions()::contains, "institution")
                .distinct("institutionIds", draft.institutions())
                .distinct("disciplineCodes", draft.disciplineCodes())
                .distinct("people", draft.peopleList(), ProjectPerson::personId, ".personId");
        disciplines.requireKnown(checks, "disciplineCodes", draft.disciplineCodes());
        checkPeople(checks, draft, named.people());
        checkFunding(checks, draft);
    }

    private static void checkPeople(ReferenceChecks checks, ProjectDraft draft, Set<UUID> knownPeople) {
        boolean leadSeen = false;
        var entries = draft.peopleList();
        for (int index = 0; index < entries.size(); index++) {
            var person = entries.get(index);
            checks.exists("people[" + index + "].personId", person.personId(), knownPeople::contains, "person");
            boolean lead = person.role() == ProjectRole.LEAD;
            checks.require(!(lead && leadSeen), "people[" + index + "].role", "a project has at most one LEAD");
            leadSeen |= lead;
        }
    }

    private static void checkFunding(ReferenceChecks checks, ProjectDraft draft) {
        var funding = draft.fundingList();
        for (int index = 0; index < funding.size(); index++) {
            var grant = funding.get(index);
            checks.require(grant.amount() == null || grant.currency() != null, "funding[" + index + "].currency",
                    "an amount needs its currency");
        }
    }

    /** Which of the records some drafts name exist, by kind. */
    private record Named(Set<UUID> centres, Set<UUID> teams, Set<UUID> agreements, Set<UUID> institutions,
                         Set<UUID> people) {

        static Named in(List<ProjectDraft> drafts, ProjectRules rules) {
            return new Named(
                    rules.centres.existing(each(drafts, ProjectDraft::centreId)),
                    rules.teams.existing(each(drafts, ProjectDraft::teamId)),
                    rules.agreements.existing(each(drafts, ProjectDraft::agreementId)),
                    rules.institutions.existing(drafts.stream().flatMap(draft -> draft.institutions().stream())
                            .toList()),
                    rules.people.existing(drafts.stream().flatMap(draft -> draft.peopleList().stream())
                            .map(ProjectPerson::personId).filter(Objects::nonNull).toList()));
        }

        private static List<UUID> each(List<ProjectDraft> drafts, Function<ProjectDraft, UUID> reference) {
            return drafts.stream().map(reference).filter(Objects::nonNull).toList();
        }
    }
}
