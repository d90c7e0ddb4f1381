package org.jointresearch.registry.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.core.project.ProjectDraft;
import org.jointresearch.registry.core.project.ProjectView;
import org.jointresearch.registry.core.project.Projects;
import org.jointresearch.registry.search.Eventually;
import org.jointresearch.registry.search.IndexProbe;
import org.jointresearch.registry.search.RegistryFixtures;
import org.jointresearch.registry.search.project.ProjectDocument;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures, with the production settings (changes drained every 200 ms, the people around them every
 * second, refresh every second), how long a change
 * takes from its commit until a search finds it, for changes made one at a time at random moments.
 * Logged, not asserted: the figure depends on the machine.
 */
@MicronautTest(transactional = false)
@Property(name = "registry.search.indexer.interval", value = "200ms")
@Property(name = "registry.search.indexer.follow-up-interval", value = "1s")
@Property(name = "registry.search.refresh-interval", value = "1s")
class WriteToSearchableTest {

    private static final Logger LOG = LoggerFactory.getLogger(WriteToSearchableTest.class);
    private static final int CREATES = 150;
    private static final int UPDATES = 100;

    @Inject
    RegistryFixtures fixtures;

    @Inject
    Projects projects;

    @Inject
    IndexProbe probe;

    @Inject
    IndexerSettings indexer;

    @Inject
    IndexAdmin admin;

    @Inject
    ElasticsearchClient client;

    @Inject
    IndexSettings settings;

    /** Commit time of each write, by the keyword only that write put on its project. */
    private final Map<String, Long> committedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> visibleAfter = new ConcurrentHashMap<>();

    @Test
    void measuresTheTimeFromCommitToSearchable() throws InterruptedException, IOException {
        var hospital = fixtures.hospital("Measured Hospital", null).id();
        var watcher = Executors.newSingleThreadExecutor();
        watcher.execute(this::watch);

        var created = new ArrayList<ProjectView>();
        for (int i = 0; i < CREATES; i++) {
            created.add(write("created-" + i, marker -> projects.create(draft(List.of(marker), hospital))));
        }
        for (int i = 0; i < UPDATES; i++) {
            var project = created.get(i);
            // The update keeps the creation's keyword, which the watcher may not have seen yet.
            write("updated-" + i, marker -> projects.update(project.project().id(), null,
                    draft(List.of(project.project().keywords().getFirst(), marker), hospital)));
        }
        Eventually.await("every write searchable", visibleAfter::size, size -> size == CREATES + UPDATES);
        watcher.shutdownNow();
        watcher.awaitTermination(5, TimeUnit.SECONDS);

        var latencies = new ArrayList<>(visibleAfter.values());
        Collections.sort(latencies);
        LOG.info("Write to searchable over {} writes, drain every {}, index {} refreshed every {}: "
                        + "p50 {} ms, p90 {} ms, p99 {} ms, max {} ms", latencies.size(), indexer.interval(),
                admin.current(RegistryIndex.PROJECTS).orElseThrow(), refreshInterval(), percentile(latencies, 50),
                percentile(latencies, 90), percentile(latencies, 99), latencies.getLast());
        assertThat(latencies).hasSize(CREATES + UPDATES);
    }

    /**
     * Writes, then pauses a random 0–40 ms: writes that come one after another at random moments sample
     * every phase of the drain and refresh cycles, where a burst would all wait for the same ones.
     */
    private ProjectView write(String marker, Function<String, ProjectView> change) {
        var written = change.apply(marker);
        committedAt.put(marker, System.nanoTime());
        pause(ThreadLocalRandom.current().nextInt(40));
        return written;
    }

    /** Searches for the writes not yet seen, over and over, noting when each turns up. */
    private void watch() {
        while (!Thread.currentThread().isInterrupted()) {
            var pending = committedAt.keySet().stream().filter(marker -> !visibleAfter.containsKey(marker))
                    .map(FieldValue::of).toList();
            if (!pending.isEmpty()) {
                var found = probe.search(RegistryIndex.PROJECTS, Query.of(q -> q.terms(terms -> terms
                        .field("keywords.keyword").terms(values -> values.value(pending)))), ProjectDocument.class);
                var now = System.nanoTime();
                found.stream().flatMap(project -> project.keywords().stream()).filter(committedAt::containsKey)
                        .forEach(marker -> visibleAfter.putIfAbsent(marker,
                                Duration.ofNanos(now - committedAt.get(marker)).toMillis()));
            }
            pause(5);
        }
    }

    private static ProjectDraft draft(List<String> markers, UUID institution) {
        var draft = RegistryFixtures.draft("Measured project " + markers.getLast(), List.of("3.2"),
                List.of(institution));
        return new ProjectDraft(draft.title(), draft.summary(), markers, draft.disciplineCodes(),
                draft.status(), draft.startsOn(), draft.endsOn(), null, null, null, draft.institutionIds(),
                List.of(), List.of());
    }

    /** The refresh interval the projects index actually has, as Elasticsearch reports it. */
    private String refreshInterval() throws IOException {
        var alias = settings.alias(RegistryIndex.PROJECTS);
        return client.indices().getSettings(get -> get.index(alias)).settings().values().iterator().next()
                .settings().index().refreshInterval().time();
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
