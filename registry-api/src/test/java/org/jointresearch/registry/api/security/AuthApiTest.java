package org.jointresearch.registry.api.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jointresearch.registry.api.RegistryApiTest;
import org.jointresearch.registry.api.Researchers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointresearch.registry.api.institution.InstitutionFixtures.university;

/** Signing in, and what the registry answers callers without valid credentials or the right role. */
@MicronautTest(transactional = false)
class AuthApiTest extends RegistryApiTest {

    private static final String LOGIN = "/api/v1/auth/login";

    @Test
    void signsInWithABearerTokenThatWritesThenCarry() {
        var login = api.anonymous().post(LOGIN, Map.of("username", "admin", "password", "test-only-admin-password"));

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json()).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600)
                .containsEntry("username", "admin").containsKey("access_token").doesNotContainKey("password");
        var token = (String) login.get("access_token");
        assertThat(new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.')))))
                .contains("\"alg\":\"HS256\"");
        assertThat(api.anonymous().withToken(token).post("/api/v1/institutions", university("Signed in")).status())
                .isEqualTo(201);
    }

    @Test
    void refusesAWrongPasswordAndAnUnknownNameAlikeWith401AndAChallenge() {
        var wrongPassword = api.anonymous().post(LOGIN, Map.of("username", "admin", "password", "not the password"));
        var unknownName = api.anonymous().post(LOGIN, Map.of("username", "nobody-at-all", "password", "anything"));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.contentType()).isEqualTo("application/problem+json");
        assertThat(wrongPassword.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(unknownName.status()).isEqualTo(401);
        assertThat(unknownName.get("detail")).isEqualTo(wrongPassword.get("detail"));
    }

    @Test
    void answers429WithRetryAfterOnceANameFailedFiveTimesInARow() {
        var researcher = new Researchers(api, referenced).open("Forgetful");
        var failures = new ArrayList<Integer>();
        for (int i = 0; i < 5; i++) {
            failures.add(api.anonymous().post(LOGIN, Map.of("username", researcher.username(), "password",
                    "wrong guess " + i)).status());
        }

        var locked = api.anonymous().post(LOGIN, Map.of("username", researcher.username(), "password",
                researcher.password()));

        assertThat(failures).containsOnly(401);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.contentType()).isEqualTo("application/problem+json");
        assertThat(Integer.parseInt(locked.header("Retry-After"))).isBetween(1, 60);
    }

    @Test
    void refusesALoginWithoutNameOrPasswordWith400() {
        var noPassword = api.anonymous().post(LOGIN, Map.of("username", "admin"));

        assertThat(noPassword.status()).isEqualTo(400);
        assertThat(noPassword.problemFields()).containsExactly("password");
    }

    @Test
    void answersAnAnonymousWriteWith401AndAResearchersWriteOfAnInstitutionWith403AsProblems() {
        var anonymous = api.anonymous().post("/api/v1/institutions", university("Anonymous"));
        var researcher = new Researchers(api, referenced).open("Eager").api()
                .post("/api/v1/institutions", university("Researcher's"));

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).isEqualTo("application/problem+json");
        assertThat(anonymous.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"joint-research-registry\"");
        assertThat(researcher.status()).isEqualTo(403);
        assertThat(researcher.contentType()).isEqualTo("application/problem+json");
        assertThat(researcher.json()).containsEntry("status", 403).containsKey("type");
    }

    @Test
    void keepsHealthAndTheOpenApiDocumentPublic() {
        var anonymous = api.anonymous();

        assertThat(anonymous.get("/api/v1/health").status()).isEqualTo(200);
        assertThat(anonymous.send(HttpRequest.GET("/openapi.yml")).status()).isEqualTo(200);
        assertThat(anonymous.send(HttpRequest.GET("/swagger-ui")).status()).isEqualTo(200);
    }
}
