package org.jointresearch.registry.api.user;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.RegistryApiTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class UserApiTest extends RegistryApiTest {

    private static final String PATH = "/api/v1/users";

    @Test
    void opensAResearchersAccountWithoutEverShowingThePassword() {
        var person = referenced.person("Account holder");

        var created = api.post(PATH, researcher("li-hua", person));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo(PATH + "/" + created.get("id"));
        assertThat(created.json()).containsEntry("roles", List.of("RESEARCHER"))
                .containsEntry("personId", person.toString()).doesNotContainKeys("password", "passwordHash");
        assertThat(api.get(PATH + "?size=100").items().toString()).doesNotContain("password of");
        assertThat(api.get(created.location() + "/history").items().toString())
                .doesNotContain("password of", "$2a$");
    }

    @Test
    void changesAPasswordThroughAPatchAndTheOldOneStopsWorking() {
        var body = researcher("changer", referenced.person("Changer"));
        var created = api.post(PATH, body);

        var patched = api.send(HttpRequest.PATCH(created.location(), Map.of("password", "a brand new password")));
        var history = api.get(created.location() + "/history").items();

        assertThat(patched.status()).isEqualTo(200);
        assertThat(api.anonymous().post("/api/v1/auth/login", Map.of("username", body.get("username"),
                "password", body.get("password"))).status()).isEqualTo(401);
        assertThat(ApiClient.signIn(http, (String) body.get("username"), "a brand new password")).isNotBlank();
        assertThat(history.getFirst()).containsEntry("actor", "admin");
        assertThat(history.getFirst().get("changes").toString()).startsWith("{passwordChangedAt=").doesNotContain("password=");
    }

    @Test
    void refusesAResearcherWithoutPersonAShortPasswordAndABadName() {
        var body = new HashMap<String, Object>(Map.of("username", "Not Valid!", "password", "short",
                "roles", List.of("RESEARCHER")));

        var refused = api.post(PATH, body);

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactlyInAnyOrder("password", "username");
        body.putAll(Map.of("username", "valid-name-" + suffix(), "password", "long enough password"));
        assertThat(api.post(PATH, body).problemFields()).containsExactly("personId");
    }

    @Test
    void refusesATakenNameAndASecondAccountForOnePersonWith409() {
        var person = referenced.person("Twice");
        var first = researcher("twice", person);
        assertThat(api.post(PATH, first).status()).isEqualTo(201);

        var sameName = api.post(PATH, researcher((String) first.get("username"), referenced.person("Other")));
        var samePerson = api.post(PATH, researcher("again", person));

        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.problemFields()).containsExactly("username");
        assertThat(samePerson.status()).isEqualTo(409);
        assertThat(samePerson.problemFields()).containsExactly("personId");
    }

    @Test
    void closesAnAccountAndItsPersonCanThenBeDeleted() {
        var person = referenced.person("Leaving");
        var created = api.post(PATH, researcher("leaving", person));
        assertThat(api.send(HttpRequest.DELETE("/api/v1/people/" + person)).status()).isEqualTo(409);

        assertThat(api.send(HttpRequest.DELETE(created.location()).header("If-Match", "\"0\"")).status())
                .isEqualTo(204);

        assertThat(api.get(created.location()).status()).isEqualTo(404);
        assertThat(api.send(HttpRequest.DELETE("/api/v1/people/" + person)).status()).isEqualTo(204);
    }

    private static Map<String, Object> researcher(String name, UUID personId) {
        var username = name.matches(".*-[0-9a-f]{8}") ? name : name + "-" + suffix();
        return new HashMap<>(Map.of("username", username, "password", "password of " + username,
                "roles", List.of("RESEARCHER"), "personId", personId));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
