package org.jointresearch.registry.search.people;

import jakarta.inject.Singleton;
import org.jointresearch.registry.core.person.Affiliation;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.person.PersonFilter;
import org.jointresearch.registry.core.person.PersonView;
import org.jointresearch.registry.core.project.ProjectFilter;
import org.jointresearch.registry.core.project.ProjectView;
import org.jointresearch.registry.core.project.Projects;
import org.jointresearch.registry.search.document.Lookup;
import org.jointresearch.registry.search.document.Lookups;
import org.jointresearch.registry.search.document.Pages;
import org.jointresearch.registry.search.index.DocumentSource;
import org.jointresearch.registry.search.index.DocumentWrite;
import org.jointresearch.registry.search.index.Ids;
import org.jointresearch.registry.search.index.RegistryIndex;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Builds {@link PersonDocument}s from the registry. */
@Singleton
public class PersonDocuments implements DocumentSource {

    private final People people;
    private final Projects projects;
    private final Lookups lookups;

    PersonDocuments(People people, Projects projects, Lookups lookups) {
        this.people = people;
        this.projects = projects;
        this.lookups = lookups;
    }

    @Override
    public RegistryIndex index() {
        return RegistryIndex.PEOPLE;
    }

    @Override
    public Optional<PersonDocument> build(String id, Lookup lookup) {
        return Ids.uuid(id).flatMap(lookup::person).map(view -> document(view, lookup));
    }

    @Override
    public void forEachPage(int pageSize, Consumer<List<DocumentWrite>> page) {
        Pages.forEach(pageSize, pageable -> people.list(PersonFilter.none(), pageable), views -> {
            var lookup = lookups.open();
            page.accept(views.stream().map(view -> DocumentWrite.put(index(), view.id().toString(),
                    document(view, lookup))).toList());
        });
    }

    PersonDocument document(PersonView view, Lookup lookup) {
        var person = view.person();
        var disciplines = lookup.disciplineFields(person.disciplineCodes());
        return new PersonDocument(person.id().toString(), person.name(), person.nameZh(), person.honorific(),
                person.orcid(), person.expertise(), disciplines.codes(), disciplines.ancestors(), disciplines.names(),
                view.affiliations().stream().flatMap(affiliation -> affiliation(affiliation, lookup).stream())
                        .toList(),
                projects.ids(ProjectFilter.ofPerson(person.id())).stream()
                        .flatMap(projectId -> lookup.project(projectId).stream())
                        .flatMap(project -> work(project, person.id()).stream()).toList());
    }

    private static Optional<PersonDocument.Affiliation> affiliation(Affiliation affiliation, Lookup lookup) {
        return lookup.institution(affiliation.institutionId()).map(institution -> new PersonDocument.Affiliation(
                institution.id().toString(), institution.name(), institution.nameZh(), institution.aliases(),
                affiliation.position(), affiliation.from(), affiliation.to()));
    }

    /** The person's part in the project; empty if a change since the project was found took them off it. */
    private static Optional<PersonDocument.Work> work(ProjectView view, UUID personId) {
        var project = view.project();
        return view.people().stream().filter(member -> member.personId().equals(personId)).findFirst()
                .map(member -> new PersonDocument.Work(project.id().toString(), project.title(), project.keywords(),
                        member.role().name(), project.status().name()));
    }
}
