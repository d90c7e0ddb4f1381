package org.jointresearch.registry.search.people;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.person.Affiliation;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.person.PersonView;
import org.jointresearch.registry.core.project.ProjectView;
import org.jointresearch.registry.search.document.Lookup;
import org.jointresearch.registry.search.document.Lookups;
import org.jointresearch.registry.search.document.RecordDocuments;
import org.jointresearch.registry.search.index.RegistryIndex;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builds {@link PersonDocument}s from the registry. */
@Singleton
public class PersonDocuments extends RecordDocuments<PersonView> {

    private final People people;

    PersonDocuments(People people, Lookups lookups) {
        super(RegistryIndex.PEOPLE, lookups);
        this.people = people;
    }

    @Override
    protected Optional<PersonView> find(UUID id, Lookup lookup) {
        return lookup.person(id);
    }

    @Override
    protected List<PersonView> after(@Nullable UUID after, int size) {
        return people.after(after, size);
    }

    @Override
    protected void preload(List<PersonView> records, Lookup lookup) {
        lookup.preloadProjectsOfPeople(records.stream().map(PersonView::id).toList());
    }

    @Override
    protected UUID idOf(PersonView view) {
        return view.id();
    }

    @Override
    protected PersonDocument document(PersonView view, Lookup lookup) {
        var person = view.person();
        var disciplines = lookup.disciplineFields(person.disciplineCodes());
        var projectIds = lookup.projectIdsOf(person.id());
        lookup.preloadProjects(projectIds);
        return new PersonDocument(person.id().toString(), person.name(), person.nameZh(), person.honorific(),
                person.orcid(), person.expertise(), disciplines.codes(), disciplines.ancestors(), disciplines.names(),
                view.affiliations().stream().flatMap(affiliation -> affiliation(affiliation, lookup).stream())
                        .toList(),
                projectIds.stream().flatMap(projectId -> lookup.project(projectId).stream())
                        .flatMap(project -> work(project, person.id(), lookup).stream()).toList());
    }

    private static Optional<PersonDocument.Affiliation> affiliation(Affiliation affiliation, Lookup lookup) {
        return lookup.institution(affiliation.institutionId()).map(institution -> new PersonDocument.Affiliation(
                institution.id().toString(), institution.name(), institution.nameZh(), institution.aliases(),
                affiliation.position(), affiliation.from(), affiliation.to()));
    }

    /** The person's part in the project; empty if a change since the project was found took them off it. */
    private static Optional<PersonDocument.Work> work(ProjectView view, UUID personId, Lookup lookup) {
        var project = view.project();
        return view.people().stream().filter(member -> member.personId().equals(personId)).findFirst()
                .map(member -> new PersonDocument.Work(project.id().toString(), project.title(), project.keywords(),
                        lookup.disciplineFields(project.disciplineCodes()).names(),
                        member.role().name(), project.status().name()));
    }
}
