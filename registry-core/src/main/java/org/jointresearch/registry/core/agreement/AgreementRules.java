package org.jointresearch.registry.core.agreement;

import jakarta.inject.Singleton;
import org.jointresearch.registry.core.area.AreaCatalog;
import org.jointresearch.registry.core.common.ReferenceChecks;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.core.person.People;

/**
 * The rules an agreement must keep that need the database: distinct, existing parties; signatories
 * who exist and sign for one of the parties; known collaboration areas; an end not before the start.
 */
@Singleton
class AgreementRules {

    private final Institutions institutions;
    private final People people;
    private final AreaCatalog areas;

    AgreementRules(Institutions institutions, People people, AreaCatalog areas) {
        this.institutions = institutions;
        this.people = people;
        this.areas = areas;
    }

    void check(AgreementDraft draft) {
        var checks = new ReferenceChecks()
                .distinct("partyIds", draft.partyIds())
                .allExist("partyIds", draft.partyIds(), institutions::exists, "institution")
                .distinct("areaCodes", draft.areaCodesOrNone())
                .notBefore("effectiveTo", draft.effectiveTo(), draft.effectiveFrom(), "effectiveFrom");
        areas.requireKnown(checks, "areaCodes", draft.areaCodesOrNone());
        var signatories = draft.signatoriesOrNone();
        for (int index = 0; index < signatories.size(); index++) {
            var signatory = signatories.get(index);
            var field = "signatories[" + index + "]";
            checks.exists(field + ".personId", signatory.personId(), people::exists, "person")
                    .require(draft.partyIds().contains(signatory.institutionId()), field + ".institutionId",
                            "must be one of the parties");
        }
        checks.orReject();
    }
}
