package org.jointresearch.registry.core.project;

import jakarta.inject.Singleton;
import org.jointresearch.registry.core.common.ReferenceChecks;
import org.jointresearch.registry.core.reference.KnownDisciplines;
import org.jointresearch.registry.core.reference.ReferenceLookups;

/**
 * The rules of a project that need the database or look across fields: references exist, lists name
 * nobody twice, one lead at most, dates in order, an amount says its currency.
 */
@Singleton
class ProjectRules {

    private final ReferenceLookups lookups;
    private final KnownDisciplines disciplines;

    ProjectRules(ReferenceLookups lookups, KnownDisciplines disciplines) {
        this.lookups = lookups;
        this.disciplines = disciplines;
    }

    void check(ProjectDraft draft) {
        var checks = new ReferenceChecks()
                .notBefore("endsOn", draft.endsOn(), draft.startsOn(), "startsOn")
                .exists("centreId", draft.centreId(), lookups::existsCentre, "centre")
                .exists("teamId", draft.teamId(), lookups::existsTeam, "team")
                .exists("agreementId", draft.agreementId(), lookups::existsAgreement, "agreement")
                .allExist("institutionIds", draft.institutions(), lookups::existsInstitution, "institution")
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
        var people = draft.peopleList();
        for (int index = 0; index < people.size(); index++) {
            var person = people.get(index);
            checks.exists("people[" + index + "].personId", person.personId(), lookups::existsPerson, "person");
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
