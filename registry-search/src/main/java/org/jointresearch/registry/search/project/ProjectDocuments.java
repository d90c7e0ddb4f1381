package org.jointresearch.registry.search.project;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.centre.CentreView;
import org.jointresearch.registry.core.project.ProjectPerson;
import org.jointresearch.registry.core.project.ProjectView;
import org.jointresearch.registry.core.project.Projects;
import org.jointresearch.registry.core.team.TeamView;
import org.jointresearch.registry.search.document.InstitutionPart;
import org.jointresearch.registry.search.document.Lookup;
import org.jointresearch.registry.search.document.Lookups;
import org.jointresearch.registry.search.document.NamedPart;
import org.jointresearch.registry.search.document.RecordDocuments;
import org.jointresearch.registry.search.index.RegistryIndex;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Builds {@link ProjectDocument}s from the registry. */
@Singleton
public class ProjectDocuments extends RecordDocuments<ProjectView> {

    private final Projects projects;

    ProjectDocuments(Projects projects, Lookups lookups) {
        super(RegistryIndex.PROJECTS, lookups);
        this.projects = projects;
    }

    @Override
    protected Optional<ProjectView> find(UUID id, Lookup lookup) {
        return lookup.project(id);
    }

    @Override
    protected List<ProjectView> after(@Nullable UUID after, int size) {
        return projects.after(after, size);
    }

    @Override
    protected UUID idOf(ProjectView view) {
        return view.project().id();
    }

    @Override
    protected ProjectDocument document(ProjectView view, Lookup lookup) {
        var project = view.project();
        var disciplines = lookup.disciplineFields(project.disciplineCodes());
        var startsOn = project.startsOn();
        return new ProjectDocument(project.id().toString(), project.title(), project.summary(), project.keywords(),
                disciplines.codes(), disciplines.ancestors(), disciplines.names(),
                view.institutionIds().stream().flatMap(id -> lookup.institution(id).stream())
                        .map(InstitutionPart::of).toList(),
                centre(project.centreId(), lookup), team(project.teamId(), lookup),
                project.agreementId() == null ? null : project.agreementId().toString(),
                view.people().stream().flatMap(member -> member(member, lookup).stream()).toList(),
                project.status().name(), startsOn, project.endsOn(), startsOn == null ? null : startsOn.getYear());
    }

    private static @Nullable NamedPart centre(@Nullable UUID centreId, Lookup lookup) {
        return Optional.ofNullable(centreId).flatMap(lookup::centre).map(CentreView::centre)
                .map(centre -> new NamedPart(centre.id().toString(), centre.name(), centre.nameZh())).orElse(null);
    }

    private static @Nullable NamedPart team(@Nullable UUID teamId, Lookup lookup) {
        return Optional.ofNullable(teamId).flatMap(lookup::team).map(TeamView::team)
                .map(team -> new NamedPart(team.id().toString(), team.name(), null)).orElse(null);
    }

    private static Optional<ProjectDocument.Member> member(ProjectPerson member, Lookup lookup) {
        return lookup.person(member.personId()).map(person -> new ProjectDocument.Member(person.id().toString(),
                person.person().name(), person.person().nameZh(), member.role().name()));
    }
}
