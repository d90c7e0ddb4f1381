package org.jointresearch.registry.api.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import org.jointresearch.registry.api.error.Problems;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Answers a request the access rules refused as a problem: 401 with a bearer challenge when the caller
 * is anonymous (no token, or one that is expired, tampered with or signed by another key), 403 when the
 * caller's account may not do this. An anonymous browser asking for a web page is sent to sign in first,
 * and brought back afterwards.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class ProblemAuthorizationHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    private final Problems problems;

    ProblemAuthorizationHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return problems.respond(request, HttpStatus.FORBIDDEN, "forbidden",
                    "Your account may not do this.", List.of());
        }
        if (!request.getPath().startsWith("/api/")) {
            return HttpResponse.seeOther(URI.create("/login?next="
                    + URLEncoder.encode(request.getUri().toString(), StandardCharsets.UTF_8)));
        }
        return problems.respond(request, HttpStatus.UNAUTHORIZED, "unauthenticated",
                        "Sign in (POST /api/v1/auth/login) and send the token as Authorization: Bearer.", List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, Challenges.of(request));
    }
}
