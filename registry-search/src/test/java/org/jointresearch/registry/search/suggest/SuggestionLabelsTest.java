package org.jointresearch.registry.search.suggest;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jointresearch.registry.core.institution.InstitutionDraft;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.search.RegistryFixtures;
import org.jointresearch.registry.search.document.NamedPart;
import org.jointresearch.registry.search.index.OutboxIndexer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names shown in results are kept between searches, yet a name this instance indexes shows at once: the
 * keeping time is an hour here, so only forgetting on the write can make these tests pass.
 */
@MicronautTest(transactional = false)
@Property(name = "registry.search.indexer.enabled", value = "false")
@Property(name = "registry.search.label-ttl", value = "1h")
class SuggestionLabelsTest {

    @Inject
    SuggestionLabels labels;

    @Inject
    OutboxIndexer indexer;

    @Inject
    RegistryFixtures fixtures;

    @Inject
    Institutions institutions;

    @Test
    void anInstitutionLookedUpBeforeItWasIndexedGetsItsNameOnceItIs() {
        var hospital = fixtures.hospital("Sir Run Run Shaw Hospital", "邵逸夫医院");
        var id = hospital.id().toString();

        assertThat(nameOf(hospital.id())).isEqualTo(new NamedPart(id, id, null));
        indexer.drain();

        assertThat(nameOf(hospital.id())).isEqualTo(new NamedPart(id, hospital.name(), "邵逸夫医院"));
    }

    @Test
    void aRenameShowsInTheNextLookupAfterItIsIndexed() {
        var hospital = fixtures.hospital("Second Affiliated Hospital", "浙大二院");
        indexer.drain();
        assertThat(nameOf(hospital.id()).name()).isEqualTo(hospital.name());

        var renamed = RegistryFixtures.unique("Second Affiliated Hospital of Zhejiang University");
        var draft = InstitutionDraft.of(hospital);
        institutions.update(hospital.id(), hospital.version(), new InstitutionDraft(renamed, draft.nameZh(),
                draft.aliases(), draft.kind(), draft.parentId(), draft.rorId(), draft.city(), draft.countryCode(),
                draft.website()));
        assertThat(nameOf(hospital.id()).name()).as("kept until the rename is indexed").isEqualTo(hospital.name());
        indexer.drain();

        assertThat(nameOf(hospital.id()).name()).isEqualTo(renamed);
    }

    private NamedPart nameOf(UUID institution) {
        var id = institution.toString();
        return labels.of(SuggestionLabels.institutions(List.of(id))).institution(id);
    }
}
