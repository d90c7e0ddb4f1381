package org.jointresearch.registry.api.web.agreement;

import org.jointresearch.registry.api.web.WebController;
import org.jointresearch.registry.api.web.form.FormFlow;
import org.jointresearch.registry.api.web.form.NewRecordForm;
import org.jointresearch.registry.core.agreement.AgreementDraft;
import org.jointresearch.registry.core.agreement.Agreements;

/** {@code /agreements/new}: administrators register an agreement through the core service. */
@WebController("/agreements")
class AgreementFormController extends NewRecordForm<AgreementDraft> {

    AgreementFormController(Agreements agreements, AgreementForm form, FormFlow flow) {
        super(form, flow, draft -> "/agreements/" + agreements.create(draft).id());
    }
}
