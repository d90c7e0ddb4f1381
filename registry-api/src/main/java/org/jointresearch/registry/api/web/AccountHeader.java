package org.jointresearch.registry.api.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import org.jointresearch.registry.api.security.AccessPolicy;
import org.jointresearch.registry.api.security.CsrfTokens;

import java.util.List;
import java.util.Map;

/**
 * Who the header shows as signed in, with the forms for new records they may open: asked of the access
 * policy, so a link appears exactly where following it would be allowed.
 */
@Singleton
class AccountHeader {

    private static final List<PageContext.FormLink> NEW_RECORD_FORMS = List.of(
            new PageContext.FormLink("/projects/new", "nav.newProject"),
            new PageContext.FormLink("/institutions/new", "nav.newInstitution"),
            new PageContext.FormLink("/agreements/new", "nav.newAgreement"),
            new PageContext.FormLink("/centres/new", "nav.newCentre"));

    private final AccessPolicy policy;
    private final CsrfTokens csrf;

    AccountHeader(AccessPolicy policy, CsrfTokens csrf) {
        this.policy = policy;
        this.csrf = csrf;
    }

    /** The signed-in user of the request, or null for an anonymous one. */
    @Nullable PageContext.Account of(HttpRequest<?> request) {
        var user = request.getUserPrincipal(Authentication.class).orElse(null);
        var token = csrf.tokenOf(request).orElse(null);
        if (user == null || token == null) {
            return null;
        }
        // These routes need a role, never a record, so asking costs no database read.
        var forms = NEW_RECORD_FORMS.stream()
                .filter(form -> policy.mayCall(HttpMethod.GET, form.href(), Map.of()))
                .toList();
        return new PageContext.Account(user.getName(), token, forms);
    }
}
