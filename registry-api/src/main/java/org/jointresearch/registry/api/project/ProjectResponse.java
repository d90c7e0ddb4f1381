package org.jointresearch.registry.api.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.project.Funding;
import org.jointresearch.registry.core.project.ProjectPerson;
import org.jointresearch.registry.core.project.ProjectStatus;
import org.jointresearch.registry.core.project.ProjectView;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A joint project as the API shows it. */
@Serdeable
public record ProjectResponse(
        UUID id,
        long version,
        Instant createdAt,
        Instant updatedAt,
        String title,
        @Nullable String summary,
        List<String> keywords,
        List<String> disciplineCodes,
        ProjectStatus status,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable UUID centreId,
        @Nullable UUID teamId,
        @Nullable UUID agreementId,
        List<UUID> institutionIds,
        List<ProjectPerson> people,
        List<Funding> funding) {

    static ProjectResponse of(ProjectView view) {
        var project = view.project();
        return new ProjectResponse(project.id(), project.version(), project.createdAt(), project.updatedAt(),
                project.title(), project.summary(), project.keywords(), project.disciplineCodes(), project.status(),
                project.startsOn(), project.endsOn(), project.centreId(), project.teamId(), project.agreementId(),
                view.institutionIds(), view.people(), view.funding());
    }
}
