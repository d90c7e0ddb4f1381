package org.jointresearch.registry.api.web.institution;

import org.jointresearch.registry.api.web.WebController;
import org.jointresearch.registry.api.web.form.FormFlow;
import org.jointresearch.registry.api.web.form.NewRecordForm;
import org.jointresearch.registry.core.institution.InstitutionDraft;
import org.jointresearch.registry.core.institution.Institutions;

/** {@code /institutions/new}: administrators register an institution through the core service. */
@WebController("/institutions")
class InstitutionFormController extends NewRecordForm<InstitutionDraft> {

    InstitutionFormController(Institutions institutions, InstitutionForm form, FormFlow flow) {
        super(form, flow, draft -> "/institutions/" + institutions.create(draft).id());
    }
}
