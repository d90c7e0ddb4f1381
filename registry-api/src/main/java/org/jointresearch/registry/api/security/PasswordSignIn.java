package org.jointresearch.registry.api.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.Authenticator;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import jakarta.inject.Singleton;
import reactor.core.publisher.Mono;

/**
 * The one way anybody signs in, through the API or a browser: Micronaut Security's authenticator, which
 * asks the registry's accounts (core {@code SignIn}, throttled per user name). It blocks on the database
 * and bcrypt, so only code on the blocking pool calls it.
 */
@Singleton
public class PasswordSignIn {

    private final Authenticator<HttpRequest<?>> authenticator;

    PasswordSignIn(Authenticator<HttpRequest<?>> authenticator) {
        this.authenticator = authenticator;
    }

    /** The signed-in user; refused with the reason when the name is locked or the credentials are wrong. */
    public Authentication authenticate(HttpRequest<?> request, String username, String password) {
        var credentials = new UsernamePasswordCredentials(username, password);
        var response = Mono.from(authenticator.authenticate(request, credentials)).block();
        if (response == null || !response.isAuthenticated() || response.getAuthentication().isEmpty()) {
            throw new SignInRefusedException(response instanceof RegistryAuthenticationProvider.Throttled throttled
                    ? throttled.retryAfter() : null);
        }
        return response.getAuthentication().get();
    }
}
