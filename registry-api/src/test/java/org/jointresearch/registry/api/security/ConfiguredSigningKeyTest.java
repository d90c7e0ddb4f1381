package org.jointresearch.registry.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.context.annotation.Property;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jointresearch.registry.api.RegistryApiTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.api.institution.InstitutionFixtures.university;

/** With REGISTRY_JWT_SECRET set, tokens are signed and checked with that key. */
@MicronautTest(transactional = false)
@Property(name = "registry.security.jwt-secret", value = ConfiguredSigningKeyTest.SECRET)
class ConfiguredSigningKeyTest extends RegistryApiTest {

    static final String SECRET = "a test-only signing key of more than thirty-two bytes";

    @Test
    void acceptsTokensSignedWithTheConfiguredKey() throws JOSEException {
        var configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(SECRET);
        var claims = new JWTClaimsSet.Builder().subject("admin").claim("roles", List.of("ADMIN"))
                .expirationTime(Date.from(Instant.now().plusSeconds(60))).build();
        var token = new SecretSignature(configuration).sign(claims).serialize();

        assertThat(api.anonymous().withToken(token).post("/api/v1/institutions", university("Configured key"))
                .status()).isEqualTo(201);
    }
}
