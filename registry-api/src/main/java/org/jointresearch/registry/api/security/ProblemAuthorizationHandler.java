package org.jointresearch.registry.api.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import org.jointresearch.registry.api.error.Problems;

import java.util.List;

/**
 * Answers a request the access rules refused as a problem: 401 with a bearer challenge when the caller
 * is anonymous (no token, or one that is expired, tampered with or signed by another key), 403 when the
 * caller's account may not do this.
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
        return problems.respond(request, HttpStatus.UNAUTHORIZED, "unauthenticated",
                        "Sign in (POST /api/v1/auth/login) and send the token as Authorization: Bearer.", List.of())
                .header(HttpHeaders.WWW_AUTHENTICATE, Challenges.of(request));
    }
}
