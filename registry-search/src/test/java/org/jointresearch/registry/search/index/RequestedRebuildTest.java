package org.jointresearch.registry.search.index;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.core.change.Outbox;
import org.jointresearch.registry.core.importer.ImportDocument;
import org.jointresearch.registry.core.importer.ImportDocument.InstitutionEntry;
import org.jointresearch.registry.core.importer.ImportDocument.ProjectEntry;
import org.jointresearch.registry.core.importer.RegistryImport;
import org.jointresearch.registry.core.institution.InstitutionKind;
import org.jointresearch.registry.core.project.ProjectStatus;
import org.jointresearch.registry.search.IndexProbe;
import org.jointresearch.registry.search.RegistryFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An import that asks for a rebuild instead of being indexed record by record, the indexer driven by hand. */
@MicronautTest(transactional = false)
@Property(name = "registry.search.indexer.enabled", value = "false")
class RequestedRebuildTest {

    @Inject
    RegistryImport registryImport;

    @Inject
    OutboxIndexer indexer;

    @Inject
    Outbox outbox;

    @Inject
    Reindexer reindexer;

    @Inject
    IndexProbe probe;

    @BeforeEach
    void startFromAnEmptyOutbox() {
        indexer.drain();
        assertThat(outbox.backlog().pending()).isZero();
    }

    @Test
    void theDrainsLeaveTheImportToItsRebuildWhichTakesInEveryWaitingChange() {
        var title = RegistryFixtures.unique("Rebuilt cohort");
        registryImport.load(document(title), true);
        var waiting = outbox.backlog();

        var drained = indexer.drain();

        assertThat(waiting.pending()).isEqualTo(2);
        assertThat(waiting.rebuildRequestedAt()).isNotNull();
        assertThat(drained.rows()).isZero();
        assertThat(projectsTitled(title)).isEmpty();

        reindexer.rebuild();

        assertThat(projectsTitled(title)).hasSize(1);
        assertThat(outbox.backlog().pending()).isZero();
        assertThat(outbox.rebuildRequestedAt()).isEmpty();
    }

    @Test
    void anImportThatChangesNothingAsksForNoRebuild() {
        var document = document(RegistryFixtures.unique("Unchanged cohort"));
        registryImport.load(document, false);
        indexer.drain();

        registryImport.load(document, true);

        assertThat(outbox.rebuildRequestedAt()).isEmpty();
        assertThat(outbox.backlog().pending()).isZero();
    }

    private List<String> projectsTitled(String title) {
        return probe.ids(RegistryIndex.PROJECTS,
                Query.of(q -> q.match(m -> m.field("title").query(title).operator(Operator.And))));
    }

    private static ImportDocument document(String title) {
        var key = title.toLowerCase().replace(' ', '-');
        var hospital = new InstitutionEntry("hospital-" + key, "Hospital of " + title, null, null,
                InstitutionKind.HOSPITAL, null, null, null, null, null);
        var project = new ProjectEntry("project-" + key, title, null, null, List.of("3.2"), ProjectStatus.ACTIVE,
                null, null, null, null, null, List.of("hospital-" + key), null, null);
        return new ImportDocument(List.of(hospital), null, null, null, null, List.of(project), null);
    }
}
