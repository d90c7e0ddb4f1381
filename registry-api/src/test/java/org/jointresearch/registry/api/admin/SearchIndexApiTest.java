package org.jointresearch.registry.api.admin;

import io.micronaut.context.BeanContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.api.ApiClient;
import org.jointresearch.registry.api.RegistryApiTest;
import org.jointresearch.registry.api.project.ProjectFixtures;
import org.jointresearch.registry.search.index.RegistryIndex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SearchIndexApiTest extends RegistryApiTest {

    private static final String STATUS = "/api/v1/admin/index-status";
    private static final String REINDEX = "/api/v1/admin/reindex";

    @Inject
    BeanContext context;

    IndexCheck index;
    ProjectFixtures projects;

    @BeforeEach
    void prepare() {
        index = new IndexCheck(context);
        projects = new ProjectFixtures(referenced);
    }

    @Test
    void reportsEachIndexWithItsAliasConcreteIndexAndDocumentsOnceTheOutboxIsDrained() {
        var project = api.post("/api/v1/projects", projects.aiDiagnosisProject("Reported project"));

        var status = IndexCheck.await("the outbox drained", () -> api.get(STATUS), reply -> pending(reply) == 0);

        assertThat(project.status()).isEqualTo(201);
        assertThat(indexes(status)).extracting(i -> i.get("name"))
                .containsExactly("projects", "people", "centres", "suggestions");
        assertThat(indexes(status)).allSatisfy(i -> {
            assertThat((String) i.get("index")).startsWith(i.get("alias") + "_");
            assertThat(((Number) i.get("documents")).longValue()).isNotNegative();
        });
        assertThat(((Number) indexes(status).getFirst().get("documents")).longValue()).isPositive();
        assertThat(status.get("searchError")).isNull();
        assertThat(map(status, "indexer").get("lastDrainAt")).isNotNull();
        assertThat(map(status, "outbox")).containsEntry("pending", 0).doesNotContainKey("oldestPendingAt");
    }

    @Test
    void rebuildsInTheBackgroundThenPointsEveryAliasAtTheNewIndexes() {
        var before = concreteIndexes(api.get(STATUS));

        var started = api.post(REINDEX, Map.of());
        var finished = IndexCheck.await("the rebuild finished", () -> api.get(STATUS),
                reply -> map(reply, "reindex").get("finishedAt") != null);

        assertThat(started.status()).isEqualTo(202);
        assertThat(started.get("running")).isEqualTo(true);
        var reindex = map(finished, "reindex");
        assertThat(reindex.get("error")).isNull();
        assertThat(concreteIndexes(finished)).doesNotContainAnyElementsOf(before)
                .containsExactlyInAnyOrderElementsOf(((Map<?, ?>) reindex.get("indexes")).values());
    }

    @Test
    void anIndexedProjectEqualsItsFinalRowAfterTwentyConcurrentReplacements() {
        var location = api.post("/api/v1/projects", projects.aiDiagnosisProject("Raced project")).location();
        var bodies = IntStream.range(0, 20).mapToObj(i -> projects.aiDiagnosisProject("Raced project " + i)).toList();
        var writers = Executors.newFixedThreadPool(bodies.size());

        var statuses = bodies.stream().map(body -> CompletableFuture.supplyAsync(() ->
                api.send(HttpRequest.PUT(location, body)).status(), writers)).toList().stream()
                .map(CompletableFuture::join).toList();
        writers.shutdown();

        assertThat(statuses).contains(200).allSatisfy(status -> assertThat(status).isIn(200, 412));
        var id = location.substring(location.lastIndexOf('/') + 1);
        index.awaitAsTheDatabaseHoldsIt(RegistryIndex.PROJECTS, id);
        index.awaitAsTheDatabaseHoldsIt(RegistryIndex.SUGGESTIONS, "project:" + id);
    }

    private static long pending(ApiClient.Reply status) {
        return ((Number) map(status, "outbox").get("pending")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> indexes(ApiClient.Reply status) {
        return (List<Map<String, Object>>) status.get("indexes");
    }

    private static List<Object> concreteIndexes(ApiClient.Reply status) {
        return indexes(status).stream().map(i -> i.get("index")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(ApiClient.Reply reply, String field) {
        return (Map<String, Object>) reply.get(field);
    }
}
