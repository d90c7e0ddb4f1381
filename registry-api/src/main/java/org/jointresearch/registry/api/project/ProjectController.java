package org.jointresearch.registry.api.project;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.jointresearch.registry.api.common.Etags;
import org.jointresearch.registry.api.common.Listing;
import org.jointresearch.registry.api.common.MergePatch;
import org.jointresearch.registry.api.common.Paging;
import org.jointresearch.registry.api.error.ProblemResponses;
import org.jointresearch.registry.core.project.ProjectFilter;
import org.jointresearch.registry.core.project.ProjectStatus;
import org.jointresearch.registry.core.project.Projects;

import java.net.URI;
import java.util.UUID;

/** Joint projects over HTTP: list, register, read, replace, patch and delete. */
@ProblemResponses
@Controller("/api/v1/projects")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProjectController {

    private final Projects projects;
    private final MergePatch mergePatch;

    ProjectController(Projects projects, MergePatch mergePatch) {
        this.projects = projects;
        this.mergePatch = mergePatch;
    }

    @Get
    Listing<ProjectResponse> list(@QueryValue @Nullable UUID institution,
                                  @QueryValue @Nullable String discipline,
                                  @QueryValue @Nullable ProjectStatus status,
                                  @QueryValue @Nullable UUID centre,
                                  @QueryValue @Nullable UUID team,
                                  @QueryValue @Nullable UUID person,
                                  @QueryValue @Nullable Integer page,
                                  @QueryValue @Nullable Integer size) {
        var filter = new ProjectFilter(institution, discipline, status, centre, team, person);
        return Listing.of(projects.list(filter, Paging.of(page, size, Sort.UNSORTED)), ProjectResponse::of);
    }

    @Post
    @Status(HttpStatus.CREATED)
    HttpResponse<ProjectResponse> create(@Body ProjectRequest request) {
        var created = projects.create(request.toDraft());
        return Etags.tagged(HttpResponse.created(ProjectResponse.of(created),
                URI.create("/api/v1/projects/" + created.project().id())), created.project().version());
    }

    @Get("/{id}")
    HttpResponse<ProjectResponse> get(UUID id) {
        var project = projects.get(id);
        return Etags.tagged(HttpResponse.ok(ProjectResponse.of(project)), project.project().version());
    }

    @Put("/{id}")
    HttpResponse<ProjectResponse> replace(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                          @Body ProjectRequest request) {
        var updated = projects.update(id, Etags.expectedVersion(ifMatch), request.toDraft());
        return Etags.tagged(HttpResponse.ok(ProjectResponse.of(updated)), updated.project().version());
    }

    @Patch("/{id}")
    @Consumes({"application/merge-patch+json", MediaType.APPLICATION_JSON})
    HttpResponse<ProjectResponse> patch(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
                                        @Body String patch) {
        var current = projects.get(id);
        var patched = mergePatch.apply(ProjectRequest.of(current), patch, ProjectRequest.class);
        var updated = projects.update(id, Etags.expectedVersion(ifMatch, current.project().version()),
                patched.toDraft());
        return Etags.tagged(HttpResponse.ok(ProjectResponse.of(updated)), updated.project().version());
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    HttpResponse<Void> delete(UUID id, @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch) {
        projects.delete(id, Etags.expectedVersion(ifMatch));
        return HttpResponse.noContent();
    }
}
