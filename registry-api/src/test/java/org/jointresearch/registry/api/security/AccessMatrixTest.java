package org.jointresearch.registry.api.security;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.RegistryApiTest;
import org.jointresearch.registry.api.Researchers;
import org.jointresearch.registry.api.project.ProjectFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls every route the router serves under the base path as four kinds of caller and checks each gets
 * exactly the status {@link ExpectedAccess} lists, so a new endpoint cannot escape the access policy.
 */
@MicronautTest(transactional = false)
class AccessMatrixTest extends RegistryApiTest {

    private static final Pattern QUERY_VARIABLES = Pattern.compile("\\{[?&][^}]*}");
    private static final List<String> CALLERS = List.of("anonymous", "owner", "other researcher", "admin");

    @Inject
    Router router;

    ProjectFixtures projects;
    Researchers.Researcher owner;
    Researchers.Researcher other;

    @BeforeEach
    void openTheOwnersAccount() {
        var researchers = new Researchers(api, referenced);
        projects = new ProjectFixtures(referenced);
        owner = researchers.open("Owner");
        other = researchers.open("Other");
    }

    @Test
    void everyRouteHasItsExpectedStatusesListed() {
        assertThat(ExpectedAccess.STATUSES.keySet()).containsAll(routes());
    }

    @Test
    void everyRouteAnswersEachKindOfCallerAsListed() {
        var clients = List.of(api.anonymous(), owner.api(), other.api(), api);
        var mismatches = new ArrayList<String>();
        for (var route : routes()) {
            var expected = ExpectedAccess.STATUSES.get(route);
            for (int caller = 0; caller < clients.size(); caller++) {
                int status = call(clients.get(caller), route);
                if (expected == null || status != expected.get(caller)) {
                    mismatches.add(route + " as " + CALLERS.get(caller) + ": " + status);
                }
            }
        }

        assertThat(mismatches).isEmpty();
    }

    /** Routes under the base path as {@code "PUT /api/v1/projects/{id}"}; HEAD goes with its GET. */
    private Set<String> routes() {
        return router.uriRoutes()
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .map(route -> route.getHttpMethodName() + " "
                        + QUERY_VARIABLES.matcher(route.getUriMatchTemplate().toString()).replaceAll(""))
                .filter(route -> route.contains(" /api/v1/"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private int call(ApiClient client, String route) {
        var method = HttpMethod.parse(route.substring(0, route.indexOf(' ')));
        var request = HttpRequest.create(method, concretePath(route.substring(route.indexOf(' ') + 1)));
        if (method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH) {
            request.body("{}").contentType("application/json");
        }
        return client.send(request).status();
    }

    /** The template with its variables filled: records the owner steers or is, unknown ones elsewhere. */
    private String concretePath(String template) {
        var path = template.replace("{resource}", "projects");
        if (path.startsWith("/api/v1/projects/{id}")) {
            return path.replace("{id}", ownersProject().toString());
        }
        if (path.startsWith("/api/v1/people/{id}")) {
            return path.replace("{id}", owner.personId().toString());
        }
        return path.replace("{id}", UUID.randomUUID().toString()).replace("{code}", "NO_SUCH_CODE")
                .replace("{selector}", "liveness");
    }

    private UUID ownersProject() {
        var created = api.post("/api/v1/projects", projects.projectLedBy("Owned", owner.personId()));
        return UUID.fromString((String) created.get("id"));
    }
}
