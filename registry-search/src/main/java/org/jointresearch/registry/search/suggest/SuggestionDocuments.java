package org.jointresearch.registry.search.suggest;

import jakarta.inject.Singleton;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.discipline.Discipline;
import org.jointresearch.registry.core.discipline.Disciplines;
import org.jointresearch.registry.core.institution.Institution;
import org.jointresearch.registry.core.institution.InstitutionFilter;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.person.PersonView;
import org.jointresearch.registry.core.project.Projects;
import org.jointresearch.registry.search.document.Lookup;
import org.jointresearch.registry.search.document.Pages;
import org.jointresearch.registry.search.index.DocumentRef;
import org.jointresearch.registry.search.index.DocumentSource;
import org.jointresearch.registry.search.index.DocumentWrite;
import org.jointresearch.registry.search.index.Ids;
import org.jointresearch.registry.search.index.RegistryIndex;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Builds {@link SuggestionDocument}s: one per project, person, centre, institution and discipline. */
@Singleton
public class SuggestionDocuments implements DocumentSource {

    private final Projects projects;
    private final People people;
    private final Centres centres;
    private final Institutions institutions;
    private final Disciplines disciplines;

    SuggestionDocuments(Projects projects, People people, Centres centres, Institutions institutions,
                        Disciplines disciplines) {
        this.projects = projects;
        this.people = people;
        this.centres = centres;
        this.institutions = institutions;
        this.disciplines = disciplines;
    }

    @Override
    public RegistryIndex index() {
        return RegistryIndex.SUGGESTIONS;
    }

    @Override
    public Optional<SuggestionDocument> build(String id, Lookup lookup) {
        int colon = id.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        var refId = id.substring(colon + 1);
        return switch (id.substring(0, colon)) {
            case Projects.ENTITY -> Ids.uuid(refId).flatMap(lookup::project)
                    .map(view -> project(view.project().id().toString(), view.project().title()));
            case People.ENTITY -> Ids.uuid(refId).flatMap(lookup::person)
                    .map(view -> person(view.id().toString(), view.person().name(), view.person().nameZh()));
            case Centres.ENTITY -> Ids.uuid(refId).flatMap(lookup::centre).map(view -> centre(view.centre().id()
                    .toString(), view.centre().name(), view.centre().nameZh()));
            case Institutions.ENTITY -> Ids.uuid(refId).flatMap(lookup::institution)
                    .map(SuggestionDocuments::institution);
            case Disciplines.ENTITY -> lookup.discipline(refId).map(SuggestionDocuments::discipline);
            default -> Optional.empty();
        };
    }

    @Override
    public void forEachPage(int pageSize, Consumer<List<DocumentWrite>> page) {
        Pages.forEachAfter(pageSize, projects::after, view -> view.project().id(),
                writes(page, view -> project(view.project().id().toString(), view.project().title())));
        Pages.forEachAfter(pageSize, people::after, PersonView::id,
                writes(page, view -> person(view.id().toString(), view.person().name(), view.person().nameZh())));
        Pages.forEachAfter(pageSize, centres::after, view -> view.centre().id(),
                writes(page, view -> centre(view.centre().id().toString(), view.centre().name(),
                        view.centre().nameZh())));
        Pages.forEach(pageSize, pageable -> institutions.list(InstitutionFilter.none(), Pages.byId(pageable)),
                writes(page, SuggestionDocuments::institution));
        Pages.forEach(pageSize, pageable -> disciplines.list(null, pageable),
                writes(page, SuggestionDocuments::discipline));
    }

    private <T> Consumer<List<T>> writes(Consumer<List<DocumentWrite>> page, Function<T, SuggestionDocument> toEntry) {
        return records -> page.accept(records.stream().map(toEntry)
                .map(entry -> new DocumentWrite(DocumentRef.suggestion(entry.kind(), entry.refId()), entry))
                .toList());
    }

    private static SuggestionDocument project(String id, String title) {
        return new SuggestionDocument(Projects.ENTITY, id, title, null, List.of());
    }

    private static SuggestionDocument person(String id, String name, String nameZh) {
        return new SuggestionDocument(People.ENTITY, id, name, nameZh, List.of());
    }

    private static SuggestionDocument centre(String id, String name, String nameZh) {
        return new SuggestionDocument(Centres.ENTITY, id, name, nameZh, List.of());
    }

    private static SuggestionDocument institution(Institution institution) {
        return new SuggestionDocument(Institutions.ENTITY, institution.id().toString(), institution.name(),
                institution.nameZh(), institution.aliases());
    }

    private static SuggestionDocument discipline(Discipline discipline) {
        return new SuggestionDocument(Disciplines.ENTITY, discipline.code(), discipline.name(), discipline.nameZh(),
                List.of());
    }
}
