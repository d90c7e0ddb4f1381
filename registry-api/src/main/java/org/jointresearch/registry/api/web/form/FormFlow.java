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
        var state = FormState.of(form.spec(), values);
        if (!values.text(GROW).isEmpty()) {
            return render(request, HttpStatus.OK, form, state.grown(values.text(GROW)), recordHref);
        }
        var fields = new FormReader(values);
        var draft = form.draft(fields);
        var version = fields.version();
        if (!fields.problems().isEmpty()) {
            return refuse(request, form, state, fields.problems(), recordHref);
        }
        try {
            return HttpResponse.seeOther(URI.create(save.save(draft, version)));
        } catch (ConstraintViolationException refusal) {
            return refuse(request, form, state, Refusals.of(refusal), recordHref);
        } catch (VersionConflictException stale) {
            // Shown with the version now saved, so that sending it again knowingly replaces the other change.
            var current = currentVersion == null ? values : values.with("version",
                    List.of(Long.toString(currentVersion.getAsLong())));
            return render(request, HttpStatus.CONFLICT, form,
                    FormState.of(form.spec(), current).refused(Refusals.of(stale).orElseThrow()), recordHref);
        } catch (RegistryException refusal) {
            var problems = Refusals.of(refusal).orElseThrow(() -> refusal);
            return refuse(request, form, state, problems, recordHref);
        }
    }

    private HttpResponse<?> refuse(HttpRequest<?> request, EntityForm<?, ?> form, FormState state,
                                   List<FormProblem> problems, @Nullable String recordHref) {
        return render(request, HttpStatus.UNPROCESSABLE_ENTITY, form, state.refused(problems), recordHref);
    }

    private HttpResponse<?> render(HttpRequest<?> request, HttpStatus status, EntityForm<?, ?> form, FormState state,
                                   @Nullable String recordHref) {
        var page = new FormPage<>(state, form.choices(languages.resolve(request)), request.getPath(), recordHref);
        return pages.render(request, status, form.view(), page);
    }
}
