package org.jointresearch.registry.api.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;

import java.util.EnumSet;
import java.util.Set;

/**
 * Refuses, with 403, an API write that the session cookie alone would authenticate unless it carries the
 * session's token in {@code X-CSRF-Token} ({@link CsrfTokens}). API clients that send a bearer token are
 * not concerned, since no other site can make a browser send that header. The web forms check the token
 * they carry themselves, once their body is read ({@link CsrfTokens#check}).
 */
@ServerFilter("/api/**")
class CsrfFilter implements Ordered {

    private static final Set<HttpMethod> WRITES = EnumSet.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private final CsrfTokens tokens;
    private final String sessionCookie;

    CsrfFilter(CsrfTokens tokens, AccessTokenCookieConfiguration sessionCookie) {
        this.tokens = tokens;
        this.sessionCookie = sessionCookie.getCookieName();
    }

    @RequestFilter
    @Nullable HttpResponse<?> check(HttpRequest<?> request) {
        boolean byCookie = WRITES.contains(request.getMethod()) && request.getCookies().contains(sessionCookie)
                && !request.getHeaders().contains(HttpHeaders.AUTHORIZATION);
        if (byCookie) {
            tokens.check(request, request.getHeaders().get(CsrfTokens.HEADER));
        }
        return null;
    }

    @Override
    public int getOrder() {
        // After the security filter: a caller who may not write at all learns that first.
        return ServerFilterPhase.SECURITY.after();
    }
}
