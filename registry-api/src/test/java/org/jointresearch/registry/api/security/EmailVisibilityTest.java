package org.jointresearch.registry.api.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.Eventually;
import org.jointresearch.registry.api.RegistryApiTest;
import org.jointresearch.registry.api.Researchers;
import org.jointresearch.registry.api.SearchUri;
import org.jointresearch.registry.api.project.ProjectFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's e-mail address reaches administrators and the person themself, never anonymous callers or
 * other researchers; search results never carry it at all, since no index holds it. Over the demo world's
 * people, {@code DemoWorldSearchTest} checks every search too.
 */
@MicronautTest(transactional = false)
class EmailVisibilityTest extends RegistryApiTest {

    private static final String COLLABORATORS = "/api/v1/search/collaborators";

    @Test
    void anonymousCallersSeeNoAddressInPeopleListsPeopleOrProjects() {
        var person = referenced.person("Private");
        var address = withOwnAddress(person);
        var project = api.post("/api/v1/projects", new ProjectFixtures(referenced).projectLedBy("Public", person));
        var anonymous = api.anonymous();

        assertThat(everythingAbout(anonymous, person.toString(), project.location()))
                .doesNotContain(address, "email");
    }

    @Test
    void otherResearchersSeeNoAddressWhileThePersonAndAdministratorsDo() {
        var researchers = new Researchers(api, referenced);
        var owner = researchers.open("Owner");
        var other = researchers.open("Other");
        var address = withOwnAddress(owner.personId());
        var path = "/api/v1/people/" + owner.personId();

        assertThat(everythingAbout(other.api(), owner.personId().toString(), path)).doesNotContain(address);
        assertThat(owner.api().get(path).get("email")).isEqualTo(address);
        assertThat(api.get(path).get("email")).isEqualTo(address);
        assertThat(owner.api().get("/api/v1/people/" + other.personId()).json()).doesNotContainKey("email");
    }

    @Test
    void noSearchShowsTheAddressNotEvenToThePersonOrAnAdministrator() {
        var researchers = new Researchers(api, referenced);
        var owner = researchers.open("Searchable");
        var address = withOwnAddress(owner.personId());
        var project = api.post("/api/v1/projects", new ProjectFixtures(referenced).projectLedBy("Indexed",
                owner.personId()));
        var name = (String) api.get("/api/v1/people/" + owner.personId()).get("name");
        var title = (String) project.get("title");
        Eventually.await("the person indexed with the project", () -> api.get(SearchUri.of(COLLABORATORS,
                "topic", title)).items(), found -> found.stream().anyMatch(item -> name.equals(item.get("name"))));

        for (var caller : List.of(api.anonymous(), owner.api(), api)) {
            assertThat(everySearchFor(caller, name, title)).doesNotContain(address, "email");
        }
    }

    /** Every search that finds the person, by name or by their project, as one text. */
    private static String everySearchFor(ApiClient client, String name, String title) {
        return String.join("\n", client.get(SearchUri.of("/api/v1/search/people", "q", name)).body().toString(),
                client.get(SearchUri.of("/api/v1/search/projects", "q", title)).body().toString(),
                client.get(SearchUri.of("/api/v1/search/suggest", "q", name)).body().toString(),
                client.get(SearchUri.of(COLLABORATORS, "topic", title)).body().toString());
    }

    /** Gives the person an address no one else has, and answers it. */
    private String withOwnAddress(UUID person) {
        var address = "private-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        api.send(HttpRequest.PATCH("/api/v1/people/" + person, Map.of("email", address)));
        return address;
    }

    /** Every answer that shows the person, as one text: the person, people lists, their projects, a page. */
    private static String everythingAbout(ApiClient client, String personId, String page) {
        var person = client.get("/api/v1/people/" + personId);
        return String.join("\n", person.body().toString(),
                client.get("/api/v1/people?size=100&q=" + ((String) person.get("name")).split(" ")[1]).body().toString(),
                client.get("/api/v1/people?size=100").body().toString(),
                client.get("/api/v1/people/" + personId + "/projects").body().toString(),
                client.get(page).body().toString());
    }
}
