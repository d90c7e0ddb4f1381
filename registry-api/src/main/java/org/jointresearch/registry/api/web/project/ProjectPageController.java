package org.jointresearch.registry.api.web.project;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import org.jointresearch.registry.api.web.RecordLinks;
import org.jointresearch.registry.api.web.WebPages;
import org.jointresearch.registry.core.project.Projects;

import java.util.UUID;

/** The page of a joint project. A web page, not an API operation: kept out of the OpenAPI document. */
@Hidden
@Controller("/projects")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProjectPageController {

    private final Projects projects;
    private final RecordLinks links;
    private final WebPages pages;

    ProjectPageController(Projects projects, RecordLinks links, WebPages pages) {
        this.projects = projects;
        this.links = links;
        this.pages = pages;
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, UUID id) {
        return pages.render(request, "project/show", ProjectPage.of(projects.get(id), links));
    }
}
