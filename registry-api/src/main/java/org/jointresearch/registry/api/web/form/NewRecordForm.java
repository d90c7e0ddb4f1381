package org.jointresearch.registry.api.web.form;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;

import java.util.Map;
import java.util.function.Function;

/**
 * The {@code /new} form of a kind of record, under the path of the controller that extends it: shown
 * empty, and sent back to create the record through the core service.
 *
 * @param <D> the core's draft of the record
 */
public abstract class NewRecordForm<D> {

    private final EntityForm<D, ?> form;
    private final FormFlow flow;
    private final Function<D, String> create;

    /**
     * @param create creates the record through its core service and answers the address of its page
     */
    protected NewRecordForm(EntityForm<D, ?> form, FormFlow flow, Function<D, String> create) {
        this.form = form;
        this.flow = flow;
        this.create = create;
    }

    @Get("/new")
    public HttpResponse<?> blank(HttpRequest<?> request) {
        return flow.show(request, form, SubmittedForm.empty(), null);
    }

    @Post("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public HttpResponse<?> create(HttpRequest<?> request, @Body Map<String, Object> body) {
        return flow.submit(request, body, form, null, (draft, version) -> create.apply(draft), null);
    }
}
