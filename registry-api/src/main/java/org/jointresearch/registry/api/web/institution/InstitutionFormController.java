package org.jointresearch.registry.api.web.institution;

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
import org.jointresearch.registry.core.institution.Institutions;

import java.util.Map;

/** {@code /institutions/new}: administrators register an institution through the core service. */
@WebController("/institutions")
class InstitutionFormController {

    private final Institutions institutions;
    private final InstitutionForm form;
    private final FormFlow flow;

    InstitutionFormController(Institutions institutions, InstitutionForm form, FormFlow flow) {
        this.institutions = institutions;
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
        return flow.submit(request, body, form, null,
                (draft, version) -> "/institutions/" + institutions.create(draft).id(), null);
    }
}
