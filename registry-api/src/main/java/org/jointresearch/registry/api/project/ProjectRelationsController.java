package org.jointresearch.registry.api.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.jointresearch.registry.api.common.Listing;
import org.jointresearch.registry.api.common.Paging;
import org.jointresearch.registry.api.error.ProblemResponses;
import org.jointresearch.registry.core.project.Projects;

import java.util.UUID;

/** The projects of a centre and of a person: {@code /centres/{id}/projects}, {@code /people/{id}/projects}. */
@ProblemResponses
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProjectRelationsController {

    private final Projects projects;

    ProjectRelationsController(Projects projects) {
        this.projects = projects;
    }

    @Get("/centres/{id}/projects")
    Listing<ProjectResponse> ofCentre(UUID id, @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        return Listing.of(projects.ofCentre(id, Paging.of(page, size, Sort.UNSORTED)), ProjectResponse::of);
    }

    @Get("/people/{id}/projects")
    Listing<ProjectResponse> ofPerson(UUID id, @QueryValue @Nullable Integer page, @QueryValue @Nullable Integer size) {
        return Listing.of(projects.ofPerson(id, Paging.of(page, size, Sort.UNSORTED)), ProjectResponse::of);
    }
}
