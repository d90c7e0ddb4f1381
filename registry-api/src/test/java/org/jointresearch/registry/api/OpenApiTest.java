package org.jointresearch.registry.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document and Swagger UI, served by the application itself. The operations to document come
 * from the router at test time, so an endpoint added anywhere under the base path cannot be missing.
 */
@MicronautTest(transactional = false)
class OpenApiTest {

    private static final String BASE_PATH = "/api/v1";

    /** Query templates ({@code {?page,size}}) are not part of an OpenAPI path. */
    private static final Pattern QUERY_VARIABLES = Pattern.compile("\\{[?&][^}]*}");
    /** The router and OpenAPI may name or constrain a path variable differently; only its place counts. */
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{[^}]*}");
    /** Asset URLs in the page, wherever its script puts them: quoted absolute paths to scripts and styles. */
    private static final Pattern ASSET = Pattern.compile("[\"'](/[^\"'\\s]*\\.(?:js|css))[\"']");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Router router;

    @Test
    void documentsExactlyTheOperationsTheRouterServesUnderTheBasePath() {
        var documented = documented(document(), operation -> true);

        var routed = routed(route -> true);

        assertThat(routed).contains("GET " + BASE_PATH + "/health");
        assertThat(documented).isEqualTo(routed);
    }

    @Test
    void describesTheApiAndItsRequestResponseAndProblemSchemas() {
        var document = document();

        assertThat(map(document, "info")).containsEntry("title", "Joint Research Registry API")
                .containsKeys("version", "description");
        var schemas = map(map(document, "components"), "schemas");
        assertThat(schemas).containsKeys("InstitutionRequest", "InstitutionResponse", "Problem", "Problem.Violation");
        assertThat(map(map(schemas, "Problem"), "properties"))
                .containsOnlyKeys("type", "title", "status", "detail", "errors");
        var institutions = map(map(document, "paths"), BASE_PATH + "/institutions");
        assertThat(map(map(institutions, "post"), "responses")).containsKey("201").doesNotContainKey("200");
        var institution = map(map(document, "paths"), BASE_PATH + "/institutions/{id}");
        assertThat(map(map(institution, "delete"), "responses")).containsKey("204").doesNotContainKey("200");
    }

    @Test
    void everyOperationOfTheRegistryDocumentsItsErrorsAsProblems() {
        var answeringProblems = documented(document(), OpenApiTest::answersProblems);

        var registryOperations = routed(route -> route.getTargetMethod().getDeclaringType().getPackageName()
                .startsWith("org.jointresearch.registry"));

        assertThat(registryOperations).isNotEmpty();
        assertThat(answeringProblems).as("operations of controllers carrying @ProblemResponses")
                .containsAll(registryOperations);
    }

    @Test
    void servesSwaggerUiWithItsScriptsAndStylesFromTheApplication() {
        HttpResponse<String> page = http.toBlocking().exchange(HttpRequest.GET("/swagger-ui"), String.class);

        assertThat(page.code()).isEqualTo(200);
        assertThat(page.getContentType()).hasValueSatisfying(type -> assertThat(type.getName()).isEqualTo("text/html"));
        var html = page.body();
        assertThat(html).contains("/openapi.yml").doesNotContain("://unpkg", "://cdn", "://fonts.");
        var assets = ASSET.matcher(html).results().map(match -> match.group(1)).collect(Collectors.toSet());
        assertThat(assets).anyMatch(path -> path.endsWith(".js")).anyMatch(path -> path.endsWith(".css"));
        assertThat(assets).allSatisfy(path -> assertThat(http.toBlocking()
                .exchange(HttpRequest.GET(path), byte[].class).code()).as(path).isEqualTo(200));
    }

    private Map<String, Object> document() {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET("/openapi.yml"), String.class);
        assertThat(response.code()).isEqualTo(200);
        return new Yaml().load(response.body());
    }

    /** Routes under the base path as {@code "GET /api/v1/institutions/{}"}. */
    private Set<String> routed(Predicate<UriRouteInfo<?, ?>> which) {
        var operations = router.uriRoutes()
                .filter(which)
                .map(route -> route.getHttpMethodName() + " "
                        + normalised(QUERY_VARIABLES.matcher(route.getUriMatchTemplate().toString()).replaceAll("")))
                .filter(operation -> operation.contains(" " + BASE_PATH + "/"))
                .collect(Collectors.toCollection(TreeSet::new));
        // Micronaut answers HEAD beside every GET by itself; OpenAPI leaves HEAD implied.
        operations.removeIf(operation -> operation.startsWith("HEAD ")
                && operations.contains(operation.replaceFirst("^HEAD ", "GET ")));
        return operations;
    }

    /** Documented operations, named as {@link #routed} names them. */
    private static Set<String> documented(Map<String, Object> document, Predicate<Map<String, Object>> which) {
        var operations = new TreeSet<String>();
        map(document, "paths").forEach((path, item) -> map(item, null).forEach((method, operation) -> {
            if (which.test(map(operation, null))) {
                operations.add(method.toUpperCase() + " " + normalised(path));
            }
        }));
        return operations;
    }

    private static boolean answersProblems(Map<String, Object> operation) {
        return map(operation, "responses").values().stream()
                .map(response -> map(map(map(response, "content"), "application/problem+json"), "schema"))
                .anyMatch(schema -> "#/components/schemas/Problem".equals(schema.get("$ref")));
    }

    private static String normalised(String path) {
        return PATH_VARIABLE.matcher(path).replaceAll("{}");
    }

    /** The mapping under {@code key} (the value itself when key is null), empty when absent. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String key) {
        Object found = key == null ? value : ((Map<String, Object>) value).get(key);
        return found == null ? Map.of() : (Map<String, Object>) found;
    }
}
