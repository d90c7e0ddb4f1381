package org.jointresearch.registry.api.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import org.jointresearch.registry.api.error.Problems;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Refuses, with 403, a request that changes something without the token of a form the registry served
 * ({@link CsrfTokens}): every write to a web page, and every API write that a session cookie alone would
 * authenticate. API clients that send a bearer token are not concerned, since no other site can make a
 * browser send that header.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfFilter implements Ordered {

    private static final Set<HttpMethod> WRITES = EnumSet.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);
    private static final String API = "/api/";

    private final CsrfTokens tokens;
    private final FilterBodyParser bodies;
    private final Problems problems;
    private final String sessionCookie;

    CsrfFilter(CsrfTokens tokens, FilterBodyParser bodies, Problems problems,
               AccessTokenCookieConfiguration sessionCookie) {
        this.tokens = tokens;
        this.bodies = bodies;
        this.problems = problems;
        this.sessionCookie = sessionCookie.getCookieName();
    }

    @RequestFilter
    CompletableFuture<@Nullable HttpResponse<?>> check(HttpRequest<?> request) {
        if (!guarded(request)) {
            return CompletableFuture.completedFuture(null);
        }
        var header = request.getHeaders().get(CsrfTokens.HEADER);
        if (header != null) {
            return CompletableFuture.completedFuture(verdict(request, header));
        }
        return bodies.parseBody(request)
                .<@Nullable HttpResponse<?>>thenApply(form -> verdict(request, form.get(CsrfTokens.FIELD) instanceof String token ? token : null))
                .exceptionally(unreadable -> verdict(request, null));
    }

    private boolean guarded(HttpRequest<?> request) {
        if (!WRITES.contains(request.getMethod())) {
            return false;
        }
        return !request.getPath().startsWith(API) || request.getCookies().contains(sessionCookie)
                && !request.getHeaders().contains(HttpHeaders.AUTHORIZATION);
    }

    private @Nullable HttpResponse<?> verdict(HttpRequest<?> request, @Nullable String token) {
        return tokens.accepts(request, token) ? null : problems.respond(request, HttpStatus.FORBIDDEN, "forged-form",
                "The form was not served to this browser by the registry, or the session it was served in has ended.",
                List.of());
    }

    @Override
    public int getOrder() {
        // After the security filter: a caller who may not write at all learns that first.
        return ServerFilterPhase.SECURITY.after();
    }
}
