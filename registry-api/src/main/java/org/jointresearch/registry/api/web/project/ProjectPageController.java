package org.jointresearch.registry.api.web.project;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import org.jointresearch.registry.api.web.RecordLinks;
import org.jointresearch.registry.api.web.WebController;
import org.jointresearch.registry.api.web.WebPages;
import org.jointresearch.registry.core.project.Projects;

import java.util.UUID;

/** The page of a joint project. */
@WebController("/projects")
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
