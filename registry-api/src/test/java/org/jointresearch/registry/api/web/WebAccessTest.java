package org.jointresearch.registry.api.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.RegistryApiTest;
import org.jointresearch.registry.api.Researchers;
import org.jointresearch.registry.api.project.ProjectFixtures;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web pages' side of the access matrix ({@code AccessMatrixTest} covers the API): every route the
 * router serves outside the API, called by four kinds of browser, must answer as listed here, and every
 * write among them must refuse a form that lacks its token, whoever sends it.
 */
@MicronautTest(transactional = false)
class WebAccessTest extends RegistryApiTest {

    private static final List<String> CALLERS = List.of("anonymous", "owner", "other researcher", "admin");
    /** Per route: anonymous (sent to sign in), the project's steward, another researcher, an administrator. */
    private static final Map<String, List<Integer>> EXPECTED = expected();

    @Inject
    Router router;

    @Inject
    EmbeddedServer server;

    @Test
    void everyWebRouteHasItsExpectedStatusesListed() {
        assertThat(EXPECTED.keySet()).containsExactlyInAnyOrderElementsOf(routes());
    }

    @Test
    void everyWebRouteAnswersEachKindOfBrowserAsListed() {
        var researchers = new Researchers(api, referenced);
        var owner = researchers.open("Web Owner");
        var other = researchers.open("Web Other");
        var project = api.post("/api/v1/projects", new ProjectFixtures(referenced).projectLedBy("Web owned",
                owner.personId())).get("id").toString();
        var mismatches = new ArrayList<String>();
        var browsers = List.of(browser(null, null), browser(owner.username(), owner.password()),
                browser(other.username(), other.password()), browser("admin", ApiClient.ADMIN_PASSWORD));
        for (var route : routes()) {
            for (int caller = 0; caller < browsers.size(); caller++) {
                int status = call(browsers.get(caller), route, project);
                if (status != EXPECTED.get(route).get(caller)) {
                    mismatches.add(route + " as " + CALLERS.get(caller) + ": " + status);
                }
            }
        }
        browsers.forEach(FormClient::close);

        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyWebWriteRefusesAFormWithoutItsToken() {
        var admin = browser("admin", ApiClient.ADMIN_PASSWORD);
        var writes = routes().stream().filter(route -> route.startsWith("POST ")).toList();
        assertThat(writes).isNotEmpty();

        for (var route : writes) {
            var refused = admin.postWithout(path(route, UUID.randomUUID().toString()), "title", "x");
            assertThat(refused.status()).as(route).isEqualTo(403);
            assertThat(refused.html()).as(route).contains("The form could not be accepted");
        }
        admin.close();
    }

    private FormClient browser(String username, String password) {
        var browser = new FormClient(server.getURL());
        if (username == null) {
            browser.get("/login");
        } else {
            browser.signIn(username, password);
        }
        return browser;
    }

    /** Web routes as {@code "POST /projects/{id}/edit"}, signing out last, since it ends the session. */
    private List<String> routes() {
        return router.uriRoutes()
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate())
                .filter(route -> !route.contains(" /api/"))
                .distinct()
                .sorted(Comparator.comparing((String route) -> route.equals("POST /logout")).thenComparing(route -> route))
                .collect(Collectors.toList());
    }

    private static int call(FormClient browser, String route, String project) {
        var path = path(route, project);
        return route.startsWith("GET ") ? browser.get(path).status() : browser.post(path).status();
    }

    /** The route's address: the steward's project for a project, an unknown record elsewhere. */
    private static String path(String route, String project) {
        var template = route.substring(route.indexOf(' ') + 1);
        return template.replace("{id}", template.startsWith("/projects/") ? project : UUID.randomUUID().toString());
    }

    private static Map<String, List<Integer>> expected() {
        var table = new HashMap<String, List<Integer>>();
        for (var records : List.of("people", "institutions", "agreements", "centres", "teams", "programmes")) {
            table.put("GET /" + records + "/{id}", List.of(404, 404, 404, 404));
        }
        table.put("GET /projects/{id}", List.of(200, 200, 200, 200));
        table.put("GET /login", List.of(200, 200, 200, 200));
        table.put("GET /", List.of(200, 200, 200, 200));
        table.put("GET /collaborators", List.of(200, 200, 200, 200));
        // An empty sign-in form is refused as incomplete; signing out always works.
        table.put("POST /login", List.of(422, 422, 422, 422));
        table.put("POST /logout", List.of(303, 303, 303, 303));
        table.put("GET /projects/new", List.of(303, 200, 200, 200));
        table.put("POST /projects/new", List.of(303, 422, 422, 422));
        table.put("GET /projects/{id}/edit", List.of(303, 200, 403, 200));
        table.put("POST /projects/{id}/edit", List.of(303, 422, 403, 422));
        for (var records : List.of("institutions", "agreements", "centres")) {
            table.put("GET /" + records + "/new", List.of(303, 403, 403, 200));
            table.put("POST /" + records + "/new", List.of(303, 403, 403, 422));
        }
        return Map.copyOf(table);
    }
}
