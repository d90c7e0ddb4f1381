package org.jointresearch.registry.search.centre;

import jakarta.inject.Singleton;
import org.jointresearch.registry.core.centre.CentreFilter;
import org.jointresearch.registry.core.centre.CentreView;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.search.document.InstitutionPart;
import org.jointresearch.registry.search.document.Lookup;
import org.jointresearch.registry.search.document.Lookups;
import org.jointresearch.registry.search.document.NamedPart;
import org.jointresearch.registry.search.document.Pages;
import org.jointresearch.registry.search.index.DocumentSource;
import org.jointresearch.registry.search.index.DocumentWrite;
import org.jointresearch.registry.search.index.Ids;
import org.jointresearch.registry.search.index.RegistryIndex;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Builds {@link CentreDocument}s from the registry. */
@Singleton
public class CentreDocuments implements DocumentSource {

    private final Centres centres;
    private final Lookups lookups;

    CentreDocuments(Centres centres, Lookups lookups) {
        this.centres = centres;
        this.lookups = lookups;
    }

    @Override
    public RegistryIndex index() {
        return RegistryIndex.CENTRES;
    }

    @Override
    public Optional<CentreDocument> build(String id, Lookup lookup) {
        return Ids.uuid(id).flatMap(lookup::centre).map(view -> document(view, lookup));
    }

    @Override
    public void forEachPage(int pageSize, Consumer<List<DocumentWrite>> page) {
        Pages.forEach(pageSize, pageable -> centres.list(CentreFilter.none(), pageable), views -> {
            var lookup = lookups.open();
            page.accept(views.stream().map(view -> DocumentWrite.put(index(), view.centre().id().toString(),
                    document(view, lookup))).toList());
        });
    }

    CentreDocument document(CentreView view, Lookup lookup) {
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
