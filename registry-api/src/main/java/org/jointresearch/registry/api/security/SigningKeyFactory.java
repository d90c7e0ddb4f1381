package org.jointresearch.registry.api.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import org.jointresearch.registry.core.account.GeneratedSecrets;

import java.nio.charset.StandardCharsets;

/**
 * The key that signs and checks access tokens (HMAC SHA-256): {@code REGISTRY_JWT_SECRET} when the
 * environment sets it, else a secret generated at first start and kept in the database, so that
 * development needs no setting and no key is ever written in the code.
 */
@Factory
class SigningKeyFactory {

    static final String GENERATED_SECRET = "jwt-signing-key";
    /** HS256 needs a key of at least 256 bits. */
    private static final int MIN_BYTES = 32;

    /**
     * Built at start-up: token validation refuses unsigned tokens only while a signature bean exists. Typed
     * as the interface, since a bean typed {@link SecretSignature} would inherit that class's condition on
     * configuration properties and never be created.
     */
    @Context
    @Named("generator")
    SignatureGeneratorConfiguration signingKey(@Value("${registry.security.jwt-secret:}") String configured,
                               GeneratedSecrets generated) {
        var secret = configured.isBlank() ? generated.named(GENERATED_SECRET) : configured;
        if (secret.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            throw new ConfigurationException("REGISTRY_JWT_SECRET must be at least " + MIN_BYTES + " bytes long");
        }
        var configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(secret);
        return new SecretSignature(configuration);
    }
}
