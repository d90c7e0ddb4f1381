package org.jointresearch.registry.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonData;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.core.change.Outbox;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.person.PersonFilter;
import org.jointresearch.registry.core.project.ProjectDraft;
import org.jointresearch.registry.core.project.ProjectFilter;
import org.jointresearch.registry.core.project.Projects;
import org.jointresearch.registry.search.Eventually;
import org.jointresearch.registry.search.IndexProbe;
import org.jointresearch.registry.search.RegistryFixtures;
import org.jointresearch.registry.search.document.Lookups;
import org.jointresearch.registry.search.project.ProjectDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilding every index from the database while searches and writes go on; in pages of a few records, so
 * that the walk through each table takes many steps.
 */
@MicronautTest(transactional = false)
@Property(name = "registry.search.indexer.reindex-page-size", value = "7")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReindexTest {

    private static final int PROJECTS = 300;

    @Inject
    Reindexer reindexer;

    @Inject
    IndexAdmin admin;

    @Inject
    IndexProbe probe;

    @Inject
    RegistryFixtures fixtures;

    @Inject
    Projects projects;

    @Inject
    People people;

    @Inject
    Documents documents;

    @Inject
    Lookups lookups;

    @Inject
    Outbox outbox;

    @Inject
    ElasticsearchClient client;

    @Inject
    IndexSettings settings;

    private UUID hospital;

    @BeforeAll
    void registerProjects() {
        hospital = fixtures.hospital("Sir Run Run Shaw Hospital", "邵逸夫医院", "SRRSH").id();
        var researchers = IntStream.range(0, 20)
                .mapToObj(i -> fixtures.researcher("Researcher " + (char) ('a' + i), hospital)).toList();
        IntStream.range(0, PROJECTS).forEach(i -> fixtures.project("Cohort study " + i, List.of("3.2.1"),
                List.of(hospital), RegistryFixtures.lead(researchers.get(i % researchers.size()))));
        Eventually.await("every project indexed", this::indexedProjects, count -> count == PROJECTS);
    }

    @Test
    void swapsEveryAliasToANewIndexAndDropsTheOldOnes() {
        var before = currentIndexes();

        var fresh = reindexer.rebuild();

        assertThat(currentIndexes()).isEqualTo(fresh);
        assertThat(fresh.values()).doesNotContainAnyElementsOf(before.values());
        assertThat(admin.count(fresh.get(RegistryIndex.PROJECTS))).isEqualTo(projects.ids(ProjectFilter.none()).size());
        assertThat(admin.count(fresh.get(RegistryIndex.PEOPLE))).isEqualTo(people.ids(PersonFilter.none()).size());
        assertThat(exists(before.get(RegistryIndex.PROJECTS))).isFalse();
        // Built without periodic refreshes; live, they refresh as every live index does.
        assertThat(fresh.values()).allSatisfy(index -> assertThat(refreshInterval(index))
                .isEqualTo(settings.refreshInterval()));
    }

    private String refreshInterval(String index) {
        try {
            return client.indices().getSettings(get -> get.index(index)).get(index).settings().index()
                    .refreshInterval().time();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void searchesKeepAnsweringDuringARebuildAndWritesMadeMeanwhileStillLand() {
        var searching = new AtomicBoolean(true);
        var threads = Executors.newFixedThreadPool(2);
        var answers = CompletableFuture.supplyAsync(() -> searchUntil(searching), threads);
        var writes = CompletableFuture.supplyAsync(() -> retitleUntil(searching), threads);

        reindexer.rebuild();
        searching.set(false);
        threads.shutdown();

        assertThat(answers.join()).isNotEmpty().allSatisfy(found -> assertThat(found).isEqualTo(PROJECTS));
        var retitled = writes.join();
        assertThat(retitled).isNotEmpty();
        for (var id : retitled) {
            var expected = documents.build(new DocumentRef(RegistryIndex.PROJECTS, id.toString()), lookups.open())
                    .source();
            probe.awaitEqual(RegistryIndex.PROJECTS, id, ProjectDocument.class, (ProjectDocument) expected);
        }
        Eventually.await("the outbox drained", () -> outbox.backlog().pending(), pending -> pending == 0);
    }

    @Test
    void rebuildsAtStartUpOnlyWhenAnIndexIsMissingOrBuiltFromAnotherDatabase() throws IOException {
        assertThat(reindexer.ensure()).isEmpty();

        admin.drop(List.of(admin.current(RegistryIndex.CENTRES).orElseThrow()));
        assertThat(reindexer.ensure()).hasValueSatisfying(why -> assertThat(why).contains("centres missing"));
        assertThat(admin.current(RegistryIndex.CENTRES)).isPresent();

        var people = admin.current(RegistryIndex.PEOPLE).orElseThrow();
        client.indices().putMapping(put -> put.index(people).meta(BuildMeta.OUTBOX, JsonData.of("1")));
        assertThat(reindexer.ensure()).hasValueSatisfying(why -> assertThat(why)
                .contains("people built from another database"));
        assertThat(indexedProjects()).isEqualTo(PROJECTS);
    }

    private List<Long> searchUntil(AtomicBoolean searching) {
        var found = new ArrayList<Long>();
        while (searching.get()) {
            found.add((long) probe.ids(RegistryIndex.PROJECTS, Query.of(q -> q.match(m -> m.field("title")
                    .query("cohort study")))).size());
        }
        return found;
    }

    private List<UUID> retitleUntil(AtomicBoolean searching) {
        var all = projects.ids(ProjectFilter.none());
        var retitled = new ArrayList<UUID>();
        for (int i = 0; searching.get() && i < all.size(); i++) {
            var view = projects.get(all.get(i));
            var draft = ProjectDraft.of(view);
            projects.update(view.project().id(), null, new ProjectDraft(draft.title() + " (revised)", draft.summary(),
                    draft.keywords(), draft.disciplineCodes(), draft.status(), draft.startsOn(), draft.endsOn(),
                    draft.centreId(), draft.teamId(), draft.agreementId(), draft.institutionIds(), draft.people(),
                    draft.funding()));
            retitled.add(view.project().id());
        }
        return retitled;
    }

    private long indexedProjects() {
        return probe.ids(RegistryIndex.PROJECTS, Query.of(q -> q.matchAll(all -> all))).size();
    }

    private Map<RegistryIndex, String> currentIndexes() {
        var current = new EnumMap<RegistryIndex, String>(RegistryIndex.class);
        for (var index : RegistryIndex.values()) {
            current.put(index, admin.current(index).orElseThrow());
        }
        return current;
    }

    private boolean exists(String index) {
        try {
            return client.indices().exists(e -> e.index(index)).value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
