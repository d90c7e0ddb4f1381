package org.jointresearch.registry.api.web.agreement;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import org.jointresearch.registry.api.web.WebController;
import org.jointresearch.registry.api.web.form.FormFlow;
import org.jointresearch.registry.api.web.form.SubmittedForm;
import org.jointresearch.registry.core.agreement.Agreements;

import java.util.Map;

/** {@code /agreements/new}: administrators register an agreement through the core service. */
@WebController("/agreements")
class AgreementFormController {

    private final Agreements agreements;
    private final AgreementForm form;
    private final FormFlow flow;

    AgreementFormController(Agreements agreements, AgreementForm form, FormFlow flow) {
        this.agreements = agreements;
        this.form = form;
        this.flow = flow;
    }

    @Get("/new")
    HttpResponse<?> blank(HttpRequest<?> request) {
        return flow.show(request, form, SubmittedForm.empty(), null);
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> register(HttpRequest<?> request, @Body Map<String, Object> body) {
        return flow.submit(request, body, form, null, (draft, version) -> "/agreements/" + agreements.create(draft).id(), null);
    }
}
