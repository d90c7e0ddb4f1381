package org.jointresearch.registry.api.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import org.jointresearch.registry.core.account.GeneratedSecrets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The tokens that prove a form was served by the registry to the browser now sending it (a signed double
 * submit): a token is the HMAC of the browser's session cookie, or, before it signs in, of a random
 * visitor cookie. Another site can make the browser send those cookies but can neither read them nor
 * compute the token, and every sign-in gives new ones.
 */
@Context
public class CsrfTokens {

    /** The hidden form field that carries the token. */
    public static final String FIELD = "_csrf";
    /** The header that carries the token for requests that are not forms. */
    public static final String HEADER = "X-CSRF-Token";
    /** Binds the sign-in form of a browser that has no session yet. */
    public static final String VISITOR_COOKIE = "registry_visitor";

    static final String GENERATED_SECRET = "csrf-key";
    private static final String ALGORITHM = "HmacSHA256";

    private final AccessTokenCookieConfiguration sessionCookie;
    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    CsrfTokens(AccessTokenCookieConfiguration sessionCookie, GeneratedSecrets secrets) {
        this.sessionCookie = sessionCookie;
        // Read once at start-up, so that no request thread waits for the database to learn it.
        this.key = new SecretKeySpec(Base64.getDecoder().decode(secrets.named(GENERATED_SECRET)), ALGORITHM);
    }

    /** What the forms of this request are bound to: its session cookie, else its visitor cookie. */
    public Optional<String> bindingOf(HttpRequest<?> request) {
        var cookies = request.getCookies();
        return cookies.findCookie(sessionCookie.getCookieName())
                .or(() -> cookies.findCookie(VISITOR_COOKIE))
                .map(Cookie::getValue)
                .filter(value -> !value.isBlank());
    }

    /** The token of the request's forms; empty for a browser that has neither cookie yet. */
    public Optional<String> tokenOf(HttpRequest<?> request) {
        return bindingOf(request).map(this::tokenFor);
    }

    public String tokenFor(String binding) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            var digest = mac.doFinal(("csrf|" + binding).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC SHA-256 is missing from the JDK", e);
        }
    }

    /** Whether the token sent is the one of the request's forms; compared in constant time. */
    public boolean accepts(HttpRequest<?> request, @Nullable String token) {
        return token != null && tokenOf(request)
                .filter(expected -> MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                        token.getBytes(StandardCharsets.US_ASCII)))
                .isPresent();
    }

    /** Refuses the request unless the token sent is the one of its forms. */
    public void check(HttpRequest<?> request, @Nullable String token) {
        if (!accepts(request, token)) {
            throw new ForgedRequestException();
        }
    }

    /** A new random visitor value, for a browser that has no cookie to bind its sign-in form to. */
    public String newVisitor() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The visitor cookie: as private and as secure as the session cookie, and never sent by another site. */
    public Cookie visitorCookie(String visitor, HttpRequest<?> request) {
        return Cookie.of(VISITOR_COOKIE, visitor).path("/").httpOnly(true).sameSite(SameSite.Strict)
                .secure(sessionCookie.isCookieSecure().orElse(request.isSecure()));
    }
}
