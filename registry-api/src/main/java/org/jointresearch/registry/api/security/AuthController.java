package org.jointresearch.registry.api.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.UsernamePasswordCredentials;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.api.common.BadParameterException;
import org.jointresearch.registry.api.error.ProblemResponses;

/**
 * {@code POST /api/v1/auth/login}: trades a user name and password for a signed access token that
 * requests then carry as {@code Authorization: Bearer ...}. A name that failed too often is answered 429.
 */
@Controller("/api/v1/auth")
@ProblemResponses
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController {

    private final PasswordSignIn signIn;
    private final AccessRefreshTokenGenerator tokens;

    AuthController(PasswordSignIn signIn, AccessRefreshTokenGenerator tokens) {
        this.signIn = signIn;
        this.tokens = tokens;
    }

    @Post("/login")
    TokenResponse login(@Body LoginRequest credentials, HttpRequest<?> request) {
        var checked = credentials.checked();
        var authentication = signIn.authenticate(request, checked.getUsername(), checked.getPassword());
        var token = tokens.generate(authentication)
                .orElseThrow(() -> new IllegalStateException("no access token could be generated"));
        return new TokenResponse(token.getAccessToken(), token.getTokenType(), token.getExpiresIn(),
                authentication.getName(), authentication.getRoles().stream().sorted().toList());
    }

    /** The body of a login. */
    @Serdeable
    record LoginRequest(@Nullable String username, @Nullable String password) {

        UsernamePasswordCredentials checked() {
            if (username == null || username.isBlank()) {
                throw new BadParameterException("username", "is required");
            }
            if (password == null || password.isEmpty()) {
                throw new BadParameterException("password", "is required");
            }
            return new UsernamePasswordCredentials(username, password);
        }
    }
}
