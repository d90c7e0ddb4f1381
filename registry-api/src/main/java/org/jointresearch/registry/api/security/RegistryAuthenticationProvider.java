package org.jointresearch.registry.api.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailed;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.account.Role;
import org.jointresearch.registry.core.account.SignIn;
import org.jointresearch.registry.core.account.SignInResult;

import java.time.Duration;

/**
 * Checks a user name and password against the registry's accounts for Micronaut Security. It blocks
 * (database and bcrypt), so only the login controller, which runs on the blocking pool, calls it.
 */
@Singleton
class RegistryAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    private final SignIn signIn;

    RegistryAuthenticationProvider(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> credentials) {
        return switch (signIn.attempt(credentials.getIdentity(), credentials.getSecret())) {
            case SignInResult.Accepted accepted -> AuthenticationResponse.success(accepted.account().username(),
                    accepted.account().roles().stream().map(Role::name).toList());
            case SignInResult.Throttled throttled -> new Throttled(throttled.retryAfter());
            case SignInResult.Refused refused -> AuthenticationResponse.failure(
                    AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        };
    }

    /** A refusal that says when the name may try again. */
    static final class Throttled extends AuthenticationFailed {

        private final transient Duration retryAfter;

        Throttled(Duration retryAfter) {
            super(AuthenticationFailureReason.ACCOUNT_LOCKED);
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }
}
