package org.jointresearch.registry.api.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.jointresearch.registry.api.error.Problems;

import java.util.List;

/**
 * Answers a refused login 401 with a challenge, or 429 with {@code Retry-After} (whole seconds, rounded
 * up) while the user name is locked after too many failures.
 */
@Singleton
class SignInRefusalHandler implements ExceptionHandler<SignInRefusedException, HttpResponse<?>> {

    private final Problems problems;

    SignInRefusalHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, SignInRefusedException exception) {
        var retryAfter = exception.retryAfter();
        if (retryAfter == null) {
            return problems.respond(request, HttpStatus.UNAUTHORIZED, "wrong-credentials", exception.getMessage(),
                    List.of()).header(HttpHeaders.WWW_AUTHENTICATE, Challenges.BEARER);
        }
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return problems.respond(request, HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins", exception.getMessage(),
                List.of()).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    }
}
