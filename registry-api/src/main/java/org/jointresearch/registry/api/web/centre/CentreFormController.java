package org.jointresearch.registry.api.web.centre;

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
import org.jointresearch.registry.core.centre.Centres;

import java.util.Map;

/** {@code /centres/new}: administrators register a joint research centre through the core service. */
@WebController("/centres")
class CentreFormController {

    private final Centres centres;
    private final CentreForm form;
    private final FormFlow flow;

    CentreFormController(Centres centres, CentreForm form, FormFlow flow) {
        this.centres = centres;
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
        return flow.submit(request, body, form, null, (draft, version) -> "/centres/" + centres.create(draft).centre().id(), null);
    }
}
