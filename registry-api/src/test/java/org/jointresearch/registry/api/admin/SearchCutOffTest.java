package org.jointresearch.registry.api.admin;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.RegistryApiTest;
import org.jointresearch.registry.api.Referenced;
import org.jointresearch.registry.api.project.ProjectFixtures;
import org.jointresearch.registry.core.centre.CentreFilter;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.change.Outbox;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.person.PersonFilter;
import org.jointresearch.registry.core.project.ProjectFilter;
import org.jointresearch.registry.core.project.Projects;
import org.jointresearch.registry.search.index.OutboxIndexer;
import org.jointresearch.registry.search.index.RegistryIndex;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry cut off from Elasticsearch: writes still succeed, searches answer 503, the index status says what
 * waits and why, and once Elasticsearch is back the index converges to exactly what PostgreSQL holds. Three
 * instances of the registry share one database: this test's own (its indexer off, so it drains only by hand),
 * one whose Elasticsearch is a closed port, and one with Elasticsearch back that drains what waited.
 */
@MicronautTest(transactional = false)
@Property(name = "registry.search.indexer.enabled", value = "false")
class SearchCutOffTest extends RegistryApiTest {

    /** Nothing listens there: every request to it is refused at once. */
    private static final String CLOSED_PORT = "http://127.0.0.1:9";
    private static final Map<String, Object> SAME_DATABASE = Map.of(
            "flyway.datasources.default.clean-schema", false);

    @Inject
    BeanContext context;

    @Inject
    OutboxIndexer indexer;

    @Test
    void writesSucceedWhileElasticsearchIsAwayAndTheIndexConvergesToTheDatabaseOnceItIsBack() {
        var doomed = api.post("/api/v1/projects", new ProjectFixtures(referenced).aiDiagnosisProject("Doomed"));
        indexer.drain();

        try (var cutOff = ApplicationContext.run(EmbeddedServer.class, with(Map.of(
                "elasticsearch.httpHosts", CLOSED_PORT, "registry.search.indexer.backoff-initial", "100ms")), "test")) {
            var away = new ApiClient(HttpClient.create(cutOff.getURL()));
            writeWhileAway(away, doomed);
            var status = IndexCheck.await("the cut-off instance to report waiting changes",
                    () -> away.get("/api/v1/admin/index-status"), reply -> attempted(reply) >= 2);
            assertThat(status.status()).isEqualTo(200);
            assertThat(outbox(status)).satisfies(outbox -> {
                assertThat(((Number) outbox.get("pending")).longValue()).isPositive();
                assertThat(outbox.get("oldestPendingAt")).isNotNull();
                assertThat((String) outbox.get("lastError")).contains("Elasticsearch unavailable");
            });
            assertThat((String) status.get("searchError")).contains("Elasticsearch unavailable");
            assertThat(indexer(status).get("lastErrorAt")).isNotNull();
            assertSearchesWait(away);
            cutOff.getApplicationContext().close();
        }

        try (var restored = ApplicationContext.run(with(Map.of()), "test")) {
            var outbox = restored.getBean(Outbox.class);
            IndexCheck.await("the outbox drained", () -> outbox.backlog().pending(), pending -> pending == 0);
        }
        var check = new IndexCheck(context);
        var projects = context.getBean(Projects.class).ids(ProjectFilter.none());
        var people = context.getBean(People.class).ids(PersonFilter.none());
        var centres = context.getBean(Centres.class).ids(new CentreFilter(null, null, null, null));
        check.assertHoldsExactly(RegistryIndex.PROJECTS, strings(projects));
        check.assertHoldsExactly(RegistryIndex.PEOPLE, strings(people));
        check.assertHoldsExactly(RegistryIndex.CENTRES, strings(centres));
    }

    /** Creates, updates and deletes through the cut-off instance; every write succeeds. */
    private static void writeWhileAway(ApiClient away, ApiClient.Reply doomed) {
        var referenced = new Referenced(away);
        var created = away.post("/api/v1/projects", new ProjectFixtures(referenced).aiDiagnosisProject("Offline"));
        var location = created.location();
        var renamed = new HashMap<>(away.get(location).json());
        renamed.put("title", "Offline, renamed");
        var person = referenced.person("Offline researcher");

        assertThat(created.status()).isEqualTo(201);
        assertThat(away.send(HttpRequest.PUT(location, renamed)).status()).isEqualTo(200);
        assertThat(away.send(HttpRequest.DELETE(doomed.location())).status()).isEqualTo(204);
        assertThat(away.get("/api/v1/people/" + person).status()).isEqualTo(200);
    }

    /** Searching needs Elasticsearch: without it every search answers 503, a problem, and nothing worse. */
    private static void assertSearchesWait(ApiClient away) {
        for (var path : List.of("/api/v1/search/projects?q=offline", "/api/v1/search/suggest?q=off",
                "/api/v1/search/collaborators?topic=offline")) {
            var search = away.get(path);
            assertThat(search.status()).as(path).isEqualTo(503);
            assertThat(search.contentType()).as(path).isEqualTo("application/problem+json");
        }
    }

    private static Map<String, Object> with(Map<String, Object> properties) {
        var all = new HashMap<>(SAME_DATABASE);
        all.putAll(properties);
        return all;
    }

    private static List<String> strings(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    private static int attempted(ApiClient.Reply status) {
        return ((Number) outbox(status).get("maxAttempts")).intValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> outbox(ApiClient.Reply status) {
        return (Map<String, Object>) status.get("outbox");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> indexer(ApiClient.Reply status) {
        return (Map<String, Object>) status.get("indexer");
    }
}
