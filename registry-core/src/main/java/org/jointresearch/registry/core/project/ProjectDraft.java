package org.jointresearch.registry.core.project;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Everything a caller states about a joint project: what creating or replacing one needs. */
@Introspected
public record ProjectDraft(
        @NotBlank @Size(max = 500) String title,
        @Nullable @Size(max = 20000) String summary,
        @Nullable @Size(max = 30) List<@NotBlank @Size(max = 100) String> keywords,
        @NotEmpty(message = "a project needs at least one discipline") @Size(max = 20)
        List<@NotBlank String> disciplineCodes,
        @NotNull ProjectStatus status,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable UUID centreId,
        @Nullable UUID teamId,
        @Nullable UUID agreementId,
        @Nullable @Size(max = 50) List<@NotNull UUID> institutionIds,
        @Nullable @Size(max = 200) List<@NotNull @Valid ProjectPerson> people,
        @Nullable @Size(max = 50) List<@NotNull @Valid Funding> funding) {

    List<UUID> institutions() {
        return institutionIds == null ? List.of() : institutionIds;
    }

    List<ProjectPerson> peopleList() {
        return people == null ? List.of() : people;
    }

    List<Funding> fundingList() {
        return funding == null ? List.of() : funding;
    }

    /** The draft that would recreate the project as it is. */
    public static ProjectDraft of(ProjectView view) {
        var project = view.project();
        return new ProjectDraft(project.title(), project.summary(), project.keywords(), project.disciplineCodes(),
                project.status(), project.startsOn(), project.endsOn(), project.centreId(), project.teamId(),
                project.agreementId(), view.institutionIds(), view.people(), view.funding());
    }

    Project toProject(UUID id, Project current) {
        return new Project(id, current == null ? null : current.version(),
                current == null ? null : current.createdAt(), current == null ? null : current.updatedAt(),
                title.strip(), summary, keywords == null ? List.of() : keywords.stream().map(String::strip).toList(),
                List.copyOf(disciplineCodes), status, startsOn, endsOn, centreId, teamId, agreementId);
    }
}
