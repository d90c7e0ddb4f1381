package org.jointresearch.registry.api.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.TokenCookieLoginHandler;
import jakarta.inject.Singleton;

import java.net.URI;

/**
 * Opens and ends the session of a browser: the same signed access token an API client gets, kept in an
 * HttpOnly cookie ({@code micronaut.security.token.cookie}) that lives as long as the token. The registry
 * keeps no session of its own, so any instance serves the browser's next request.
 */
@Singleton
public class BrowserSessions {

    private final TokenCookieLoginHandler cookies;
    private final AccessTokenCookieConfiguration configuration;

    BrowserSessions(TokenCookieLoginHandler cookies, AccessTokenCookieConfiguration configuration) {
        this.cookies = cookies;
        this.configuration = configuration;
    }

    /** Sends the browser on to {@code next} with the session cookie of the user who just signed in. */
    public MutableHttpResponse<?> open(HttpRequest<?> request, Authentication user, URI next) {
        MutableHttpResponse<?> response = HttpResponse.seeOther(next);
        cookies.getCookies(user, request).forEach(response::cookie);
        return response;
    }

    /** Sends the browser on to {@code next} without its session cookie. */
    public MutableHttpResponse<?> end(HttpRequest<?> request, URI next) {
        var cleared = Cookie.of(configuration.getCookieName(), "").configure(configuration, request.isSecure())
                .maxAge(0);
        return HttpResponse.seeOther(next).cookie(cleared);
    }
}
