package org.jointresearch.registry.api.web.form;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolationException;
import org.jointresearch.registry.api.security.CsrfTokens;
import org.jointresearch.registry.api.web.LanguageResolver;
import org.jointresearch.registry.api.web.WebPages;
import org.jointresearch.registry.core.common.RegistryException;
import org.jointresearch.registry.core.common.VersionConflictException;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Shows a form and handles what it sends, once its token proves it came from the page the registry served
 * this browser: another row when asked for, else the draft goes to the core
 * service, the one write path, and its success sends the browser to the record's page (303), while its
 * refusal shows the form again with the values as typed and each problem beside its input (422).
 */
@Singleton
public class FormFlow {

    /** The button that asks for another row of a list instead of saving. */
    static final String GROW = "grow";

    private final WebPages pages;
    private final LanguageResolver languages;
    private final CsrfTokens csrf;

    FormFlow(WebPages pages, LanguageResolver languages, CsrfTokens csrf) {
        this.pages = pages;
        this.languages = languages;
        this.csrf = csrf;
    }

    /** The form, empty or holding a record to edit, on its page at the request's address. */
    public HttpResponse<?> show(HttpRequest<?> request, EntityForm<?, ?> form, SubmittedForm values,
                                @Nullable String recordHref) {
        return render(request, HttpStatus.OK, form, FormState.of(form.spec(), values), recordHref);
    }

    /** Hands a draft to the core service and answers the address of the saved record's page. */
    @FunctionalInterface
    public interface Save<D> {

        /** @param version the version the edit form was filled in from; null for a new record */
        String save(D draft, @Nullable Long version);
    }

    /**
     * Handles a submitted form: {@code save} hands the draft to the core; {@code currentVersion} tells an
     * edit form the version someone else saved meanwhile.
     */
    public <D> HttpResponse<?> submit(HttpRequest<?> request, Map<String, Object> body, EntityForm<D, ?> form,
                                      @Nullable String recordHref, Save<D> save,
                                      @Nullable LongSupplier currentVersion) {
        var values = SubmittedForm.of(body);
        csrf.check(request, values.text(CsrfTokens.FIELD));
        var sent = new Sent(request, form, values, recordHref);
        if (!values.text(GROW).isEmpty()) {
            return render(sent, HttpStatus.OK, sent.state().grown(values.text(GROW)));
        }
        var fields = new FormReader(values);
        var draft = form.draft(fields);
        var version = fields.version();
        if (!fields.problems().isEmpty()) {
            return refuse(sent, fields.problems());
        }
        return save(sent, () -> save.save(draft, version), currentVersion);
    }

    private HttpResponse<?> save(Sent sent, Supplier<String> save, @Nullable LongSupplier currentVersion) {
        try {
            return HttpResponse.seeOther(URI.create(save.get()));
        } catch (ConstraintViolationException refusal) {
            return refuse(sent, Refusals.of(refusal));
        } catch (VersionConflictException stale) {
            // Shown with the version now saved, so that sending it again knowingly replaces the other change.
            var values = currentVersion == null ? sent.values() : sent.values().with("version",
                    List.of(Long.toString(currentVersion.getAsLong())));
            var state = FormState.of(sent.form().spec(), values)
                    .refused(List.of(FormProblem.keyed(null, "form.stale")));
            return render(sent, HttpStatus.CONFLICT, state);
        } catch (RegistryException refusal) {
            return refuse(sent, Refusals.of(refusal).orElseThrow(() -> refusal));
        }
    }

    private HttpResponse<?> refuse(Sent sent, List<FormProblem> problems) {
        return render(sent, HttpStatus.UNPROCESSABLE_ENTITY, sent.state().refused(problems));
    }

    private HttpResponse<?> render(Sent sent, HttpStatus status, FormState state) {
        return render(sent.request(), status, sent.form(), state, sent.recordHref());
    }

    private HttpResponse<?> render(HttpRequest<?> request, HttpStatus status, EntityForm<?, ?> form, FormState state,
                                   @Nullable String recordHref) {
        var page = new FormPage<>(state, form.choices(languages.resolve(request)), request.getPath(), recordHref);
        return pages.render(request, status, form.view(), page);
    }

    /** A form as it was sent, and where it was sent from. */
    private record Sent(HttpRequest<?> request, EntityForm<?, ?> form, SubmittedForm values,
                        @Nullable String recordHref) {

        FormState state() {
            return FormState.of(form.spec(), values);
        }
    }
}
