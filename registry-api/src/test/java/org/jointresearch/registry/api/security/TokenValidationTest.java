package org.jointresearch.registry.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.RegistryApiTest;
import org.jointresearch.registry.api.Researchers;
import org.jointresearch.registry.core.account.GeneratedSecrets;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.api.institution.InstitutionFixtures.university;

/** Tokens the registry did not issue, or no longer honours, leave the caller anonymous: 401. */
@MicronautTest(transactional = false)
class TokenValidationTest extends RegistryApiTest {

    private static final String INSTITUTIONS = "/api/v1/institutions";

    @Inject
    @Named("generator")
    SignatureGeneratorConfiguration signingKey;

    @Inject
    GeneratedSecrets generatedSecrets;

    @Test
    void refusesAnExpiredToken() throws JOSEException {
        var expired = signingKey.sign(adminClaims(Instant.now().minusSeconds(60))).serialize();

        assertRefused(expired);
    }

    @Test
    void acceptsATokenItSignedItselfThatHasNotExpired() throws JOSEException {
        var valid = signingKey.sign(adminClaims(Instant.now().plusSeconds(60))).serialize();

        assertThat(api.withToken(valid).post(INSTITUTIONS, university("Forged yet valid")).status()).isEqualTo(201);
    }

    @Test
    void signsWithTheKeyKeptInTheDatabaseWhenTheEnvironmentSetsNone() throws JOSEException {
        var configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(generatedSecrets.named(SigningKeyFactory.GENERATED_SECRET));
        var token = new SecretSignature(configuration).sign(adminClaims(Instant.now().plusSeconds(60))).serialize();

        assertThat(api.withToken(token).post(INSTITUTIONS, university("Stored key")).status()).isEqualTo(201);
    }

    @Test
    void refusesAResearchersTokenWhoseRolesWereTamperedWith() {
        var researcher = new Researchers(api, referenced).open("Tamperer");
        var parts = ApiClient.signIn(http, researcher.username(), researcher.password()).split("\\.");
        var claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"RESEARCHER\"", "\"ADMIN\"");
        var tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(claims).contains("\"ADMIN\"");
        assertRefused(tampered);
    }

    @Test
    void refusesATokenSignedWithAnotherKey() throws JOSEException {
        var configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret("another key of at least thirty-two bytes, not the registry's");
        var foreign = new SecretSignature(configuration).sign(adminClaims(Instant.now().plusSeconds(60))).serialize();

        assertRefused(foreign);
    }

    @Test
    void refusesAnUnsignedToken() {
        var unsigned = new PlainJWT(adminClaims(Instant.now().plusSeconds(60))).serialize();

        assertRefused(unsigned);
    }

    private void assertRefused(String token) {
        var reply = api.withToken(token).post(INSTITUTIONS, university("Refused"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).isEqualTo("application/problem+json");
        assertThat(reply.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
    }

    private static JWTClaimsSet adminClaims(Instant expiry) {
        return new JWTClaimsSet.Builder().subject("admin").claim("roles", List.of("ADMIN"))
                .issueTime(Date.from(expiry.minusSeconds(3600))).expirationTime(Date.from(expiry)).build();
    }
}
