package org.jointresearch.registry.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.core.change.Outbox;
import org.jointresearch.registry.core.change.OutboxEntry;
import org.jointresearch.registry.core.change.OutboxRepository;
import org.jointresearch.registry.core.institution.InstitutionDraft;
import org.jointresearch.registry.core.institution.InstitutionKind;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.core.project.Projects;
import org.jointresearch.registry.search.Eventually;
import org.jointresearch.registry.search.IndexProbe;
import org.jointresearch.registry.search.RegistryFixtures;
import org.jointresearch.registry.search.people.PersonDocument;
import org.jointresearch.registry.search.project.ProjectDocument;
import org.jointresearch.registry.search.suggest.SuggestionDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The outbox indexer driven by hand: what it keeps back, what it lets go, and how it shares the work. */
@MicronautTest(transactional = false)
@Property(name = "registry.search.indexer.enabled", value = "false")
@Property(name = "registry.search.indexer.batch-size", value = "20")
class OutboxIndexerTest {

    @Inject
    OutboxIndexer indexer;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRepository outboxRows;

    @Inject
    RegistryFixtures fixtures;

    @Inject
    Institutions institutions;

    @Inject
    Projects projects;

    @Inject
    BulkWriter bulk;

    @Inject
    IndexSettings settings;

    @Inject
    IndexAdmin admin;

    @Inject
    IndexProbe probe;

    @Inject
    ElasticsearchClient client;

    @BeforeEach
    void startFromAnEmptyOutbox() {
        indexer.drain();
        assertThat(outbox.backlog().pending()).isZero();
    }

    @Test
    void keepsChangesWithTheReasonWhileAnIndexRefusesThemAndIndexesThemOnceItIsBack() throws IOException {
        var hospital = fixtures.hospital("Children's Hospital", "浙大儿院");
        var person = fixtures.researcher("Ma Rui", hospital.id());
        var people = admin.current(RegistryIndex.PEOPLE).orElseThrow();
        var alias = settings.alias(RegistryIndex.PEOPLE);
        client.indices().updateAliases(update -> update.actions(a -> a.remove(r -> r.index(people).alias(alias))));
        try {
            var refused = indexer.drain();
            indexer.drain();

            // The person's own change, and the hospital's follow-up for the people working there.
            assertThat(refused.failed()).isEqualTo(2);
            assertThat(outboxRows.findAll()).hasSize(refused.failed()).allSatisfy(row -> {
                assertThat(row.attempts()).isEqualTo(2);
                assertThat(row.lastError()).contains(alias);
            });
        } finally {
            client.indices().updateAliases(update -> update.actions(a -> a.add(r -> r.index(people).alias(alias))));
        }
        var outcome = indexer.drain();

        assertThat(outcome.failed()).isZero();
        assertThat(outbox.backlog().pending()).isZero();
        Eventually.await("the person indexed",
                () -> probe.find(RegistryIndex.PEOPLE, person.id(), PersonDocument.class), Optional::isPresent);
    }

    @Test
    void aProjectIsSearchableBeforeThePeopleOnItCatchUpInTheFollowUp() {
        var hospital = fixtures.hospital("Follow-up Hospital", null);
        var lead = fixtures.researcher("Qian Hua", hospital.id(), "3.2");
        var project = fixtures.project(RegistryFixtures.unique("Sepsis prediction"), List.of("3.2"),
                List.of(hospital.id()), RegistryFixtures.lead(lead));
        indexer.drain();
        var renamed = RegistryFixtures.unique("Sepsis early warning");
        var draft = RegistryFixtures.draft(renamed, List.of("3.2"), List.of(hospital.id()), RegistryFixtures.lead(lead));
        projects.update(project.project().id(), null, draft);

        var changes = indexer.drainChanges();

        assertThat(changes.rows()).isEqualTo(1);
        assertThat(probe.find(RegistryIndex.PROJECTS, project.project().id(), ProjectDocument.class))
                .hasValueSatisfying(document -> assertThat(document.title()).isEqualTo(renamed));
        assertThat(titlesOfProjectsOf(lead.id())).doesNotContain(renamed);
        assertThat(outboxRows.findAll()).singleElement().satisfies(row -> {
            assertThat(row.followUp()).isTrue();
            assertThat(row.entityId()).isEqualTo(project.project().id().toString());
        });

        var followUps = indexer.drainFollowUps();

        assertThat(followUps.rows()).isEqualTo(1);
        assertThat(followUps.failed()).isZero();
        admin.refresh(List.of(settings.alias(RegistryIndex.PEOPLE)));
        assertThat(titlesOfProjectsOf(lead.id())).contains(renamed);
        assertThat(outbox.backlog().pending()).isZero();
    }

    private List<String> titlesOfProjectsOf(UUID personId) {
        return probe.find(RegistryIndex.PEOPLE, personId, PersonDocument.class).orElseThrow().projects().stream()
                .map(PersonDocument.Work::title).toList();
    }

    @Test
    void anOlderWriteNeverOverwritesANewerOneAndCountsAsDone() {
        var ref = DocumentRef.suggestion("discipline", RegistryFixtures.unique("versions").replace(' ', '-'));
        var newer = new SuggestionDocument("discipline", ref.id(), "Newer", null, List.of());
        var older = new SuggestionDocument("discipline", ref.id(), "Older", null, List.of());

        var refusedNewer = bulk.write(List.of(new DocumentWrite(ref, newer)), 20, settings::alias, BulkWriter.Mode.LIVE);
        var refusedOlder = bulk.write(List.of(new DocumentWrite(ref, older)), 10, settings::alias, BulkWriter.Mode.LIVE);
        var refusedOldDelete = bulk.write(List.of(DocumentWrite.delete(ref)), 15, settings::alias, BulkWriter.Mode.LIVE);

        assertThat(refusedNewer).isEmpty();
        assertThat(refusedOlder).isEmpty();
        assertThat(refusedOldDelete).isEmpty();
        probe.awaitEqual(RegistryIndex.SUGGESTIONS, ref.id(), SuggestionDocument.class, newer);
        assertThat(bulk.write(List.of(DocumentWrite.delete(ref)), 30, settings::alias, BulkWriter.Mode.LIVE)).isEmpty();
        probe.awaitEqual(RegistryIndex.SUGGESTIONS, ref.id(), SuggestionDocument.class, null);
    }

    @Test
    void severalDrainsAtOnceTakeEachChangeExactlyOnce() {
        var created = IntStream.range(0, 120).mapToObj(i -> institutions.create(new InstitutionDraft(
                RegistryFixtures.unique("Drained University"), null, List.of(), InstitutionKind.UNIVERSITY,
                null, null, null, null, null))).toList();
        var pending = outbox.backlog().pending();

        var threads = Executors.newFixedThreadPool(4);
        var drained = IntStream.range(0, 4).mapToObj(i -> CompletableFuture.supplyAsync(indexer::drain, threads))
                .toList().stream().map(CompletableFuture::join).toList();
        threads.shutdown();

        // Each change and its follow-up (the people of the institution, none here) once.
        assertThat(drained.stream().mapToInt(DrainOutcome::rows).sum()).isEqualTo(2 * pending);
        assertThat(drained).allSatisfy(outcome -> assertThat(outcome.failed()).isZero());
        assertThat(outboxRows.findAll()).extracting(OutboxEntry::id).isEmpty();
        admin.refresh(List.of(settings.alias(RegistryIndex.SUGGESTIONS)));
        for (var institution : created) {
            assertThat(probe.find(RegistryIndex.SUGGESTIONS, "institution:" + institution.id(),
                    SuggestionDocument.class)).isPresent();
        }
    }
}
