package org.jointresearch.registry.api.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import org.jointresearch.registry.api.security.BrowserSessions;
import org.jointresearch.registry.api.security.CsrfTokens;
import org.jointresearch.registry.api.security.PasswordSignIn;
import org.jointresearch.registry.api.security.SignInRefusedException;
import org.jointresearch.registry.api.web.WebController;
import org.jointresearch.registry.api.web.WebPages;
import org.jointresearch.registry.api.web.form.SubmittedForm;

import java.util.Map;

/**
 * Signing in and out in a browser: {@code /login} checks the name and password the way the API's login
 * does (same throttle) and opens a session cookie; {@code POST /logout} ends it.
 */
@WebController
class SignInController {

    private static final String VIEW = "account/login";

    private final PasswordSignIn signIn;
    private final BrowserSessions sessions;
    private final CsrfTokens csrf;
    private final WebPages pages;

    SignInController(PasswordSignIn signIn, BrowserSessions sessions, CsrfTokens csrf, WebPages pages) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.csrf = csrf;
        this.pages = pages;
    }

    @Get("/login")
    HttpResponse<?> form(HttpRequest<?> request, @QueryValue @Nullable String next) {
        var binding = csrf.bindingOf(request);
        var visitor = binding.isPresent() ? null : csrf.newVisitor();
        var page = SignInPage.blank(LocalAddress.orHome(next), csrf.tokenFor(binding.orElse(visitor)));
        var response = pages.render(request, VIEW, page);
        return visitor == null ? response : response.cookie(csrf.visitorCookie(visitor, request));
    }

    @Post("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body Map<String, Object> body) {
        var form = SubmittedForm.of(body);
        csrf.check(request, form.text(CsrfTokens.FIELD));
        var username = form.text("username");
        var next = LocalAddress.orHome(form.text("next"));
        var token = csrf.tokenOf(request).orElseThrow();
        if (username.isEmpty() || form.values("password").isEmpty() || form.values("password").getFirst().isEmpty()) {
            return pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, VIEW,
                    new SignInPage(username, next, token, "account.missing", 0));
        }
        try {
            var user = signIn.authenticate(request, username, form.values("password").getFirst());
            return sessions.open(request, user, LocalAddress.of(next));
        } catch (SignInRefusedException refused) {
            return refusal(request, new SignInPage(username, next, token, null, 0), refused);
        }
    }

    @Post("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut(HttpRequest<?> request, @Body Map<String, Object> body) {
        var form = SubmittedForm.of(body);
        csrf.check(request, form.text(CsrfTokens.FIELD));
        return sessions.end(request, LocalAddress.of(form.text("next")));
    }

    private HttpResponse<?> refusal(HttpRequest<?> request, SignInPage page, SignInRefusedException refused) {
        var wait = refused.retryAfter();
        if (wait == null) {
            return pages.render(request, HttpStatus.UNPROCESSABLE_ENTITY, VIEW,
                    new SignInPage(page.username(), page.next(), page.csrfToken(), "account.wrong", 0));
        }
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return pages.render(request, HttpStatus.TOO_MANY_REQUESTS, VIEW,
                        new SignInPage(page.username(), page.next(), page.csrfToken(), "account.throttled", minutes))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())));
    }
}
