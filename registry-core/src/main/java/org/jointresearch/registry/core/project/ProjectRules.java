package org.jointresearch.registry.core.project;

import jakarta.inject.Singleton;
import org.jointresearch.registry.core.agreement.Agreements;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.common.ReferenceChecks;
import org.jointresearch.registry.core.discipline.DisciplineCatalog;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.team.Teams;

/**
 * The rules of a project that need the database or look across fields: references exist, lists name
 * nobody twice, one lead at most, dates in order, an amount says its currency.
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
        var checks = new ReferenceChecks()
                .notBefore("endsOn", draft.endsOn(), draft.startsOn(), "startsOn")
                .exists("centreId", draft.centreId(), centres::exists, "centre")
                .exists("teamId", draft.teamId(), teams::exists, "team")
                .exists("agreementId", draft.agreementId(), agreements::exists, "agreement")
                .allExist("institutionIds", draft.institutions(), institutions::exists, "institution")
                .distinct("institutionIds", draft.institutions())
                .distinct("disciplineCodes", draft.disciplineCodes())
                .distinct("people", draft.peopleList(), ProjectPerson::personId, ".personId");
        disciplines.requireKnown(checks, "disciplineCodes", draft.disciplineCodes());
        checkPeople(checks, draft);
        checkFunding(checks, draft);
        checks.orReject();
    }

    private void checkPeople(ReferenceChecks checks, ProjectDraft draft) {
        boolean leadSeen = false;
        var entries = draft.peopleList();
        for (int index = 0; index < entries.size(); index++) {
            var person = entries.get(index);
            checks.exists("people[" + index + "].personId", person.personId(), people::exists, "person");
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
}
