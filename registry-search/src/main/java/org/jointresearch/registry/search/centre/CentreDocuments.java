package org.jointresearch.registry.search.centre;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.centre.CentreView;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.search.document.InstitutionPart;
import org.jointresearch.registry.search.document.Lookup;
import org.jointresearch.registry.search.document.Lookups;
import org.jointresearch.registry.search.document.NamedPart;
import org.jointresearch.registry.search.document.RecordDocuments;
import org.jointresearch.registry.search.index.RegistryIndex;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builds {@link CentreDocument}s from the registry. */
@Singleton
public class CentreDocuments extends RecordDocuments<CentreView> {

    private final Centres centres;

    CentreDocuments(Centres centres, Lookups lookups) {
        super(RegistryIndex.CENTRES, lookups);
        this.centres = centres;
    }

    @Override
    protected Optional<CentreView> find(UUID id, Lookup lookup) {
        return lookup.centre(id);
    }

    @Override
    protected List<CentreView> after(@Nullable UUID after, int size) {
        return centres.after(after, size);
    }

    @Override
    protected UUID idOf(CentreView view) {
        return view.centre().id();
    }

    @Override
    protected CentreDocument document(CentreView view, Lookup lookup) {
        var centre = view.centre();
        var disciplines = lookup.disciplineFields(centre.disciplineCodes());
        return new CentreDocument(centre.id().toString(), centre.name(), centre.nameZh(), centre.description(),
                disciplines.codes(), disciplines.ancestors(), disciplines.names(),
                view.institutionIds().stream().flatMap(id -> lookup.institution(id).stream())
                        .map(InstitutionPart::of).toList(),
                centre.agreementId() == null ? null : centre.agreementId().toString(), centre.status().name(),
                centre.establishedOn(),
                view.directorIds().stream().flatMap(id -> lookup.person(id).stream())
                        .map(person -> new NamedPart(person.id().toString(), person.person().name(),
                                person.person().nameZh())).toList());
    }
}
