package org.jointresearch.registry.api.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.jointresearch.registry.core.project.Funding;
import org.jointresearch.registry.core.project.ProjectDraft;
import org.jointresearch.registry.core.project.ProjectPerson;
import org.jointresearch.registry.core.project.ProjectStatus;
import org.jointresearch.registry.core.project.ProjectView;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The body of {@code POST} and {@code PUT /projects}; the core validates it. */
@Serdeable
public record ProjectRequest(
        @Nullable String title,
        @Nullable String summary,
        @Nullable List<String> keywords,
        @Nullable List<String> disciplineCodes,
        @Nullable ProjectStatus status,
        @Nullable LocalDate startsOn,
        @Nullable LocalDate endsOn,
        @Nullable UUID centreId,
        @Nullable UUID teamId,
        @Nullable UUID agreementId,
        @Nullable List<UUID> institutionIds,
        @Nullable List<ProjectPerson> people,
        @Nullable List<Funding> funding) {

    ProjectDraft toDraft() {
        return new ProjectDraft(title, summary, keywords, disciplineCodes, status, startsOn, endsOn, centreId, teamId,
                agreementId, institutionIds, people, funding);
    }

    static ProjectRequest of(ProjectView view) {
        var project = view.project();
        return new ProjectRequest(project.title(), project.summary(), project.keywords(), project.disciplineCodes(),
                project.status(), project.startsOn(), project.endsOn(), project.centreId(), project.teamId(),
                project.agreementId(), view.institutionIds(), view.people(), view.funding());
    }
}
