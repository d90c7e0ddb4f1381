package org.jointresearch.registry.api.web.centre;

import org.jointresearch.registry.api.web.WebController;
import org.jointresearch.registry.api.web.form.FormFlow;
import org.jointresearch.registry.api.web.form.NewRecordForm;
import org.jointresearch.registry.core.centre.CentreDraft;
import org.jointresearch.registry.core.centre.Centres;

/** {@code /centres/new}: administrators register a joint research centre through the core service. */
@WebController("/centres")
class CentreFormController extends NewRecordForm<CentreDraft> {

    CentreFormController(Centres centres, CentreForm form, FormFlow flow) {
        super(form, flow, draft -> "/centres/" + centres.create(draft).centre().id());
    }
}
