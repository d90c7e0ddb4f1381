package org.jointresearch.registry.api.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.jointresearch.registry.api.error.ProblemResponses;
import org.jointresearch.registry.search.project.SimilarProjects;

import java.util.UUID;

/** "Which joint projects resemble mine?": {@code GET /api/v1/projects/{id}/similar?size=} (10 unless asked, 20 at most). */
@Controller("/api/v1/projects")
@ProblemResponses
@ExecuteOn(TaskExecutors.BLOCKING)
class SimilarProjectsController {

    private final SimilarProjects similar;

    SimilarProjectsController(SimilarProjects similar) {
        this.similar = similar;
    }

    @Get("/{id}/similar")
    SimilarProjectsResponse similar(UUID id, @QueryValue @Nullable Integer size) {
        return SimilarProjectsResponse.of(similar.to(id, size));
    }
}
