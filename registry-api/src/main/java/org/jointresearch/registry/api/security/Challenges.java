package org.jointresearch.registry.api.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;

/** The {@code WWW-Authenticate} challenges of 401 answers (RFC 6750): send a bearer token, or a valid one. */
final class Challenges {

    static final String BEARER = "Bearer realm=\"joint-research-registry\"";

    private Challenges() {
    }

    /** Says {@code invalid_token} when the request carried credentials that were not accepted. */
    static String of(HttpRequest<?> request) {
        return request.getHeaders().contains(HttpHeaders.AUTHORIZATION)
                ? BEARER + ", error=\"invalid_token\""
                : BEARER;
    }
}
