package org.jointresearch.registry.api.web.project;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import org.jointresearch.registry.api.web.RecordLinks;
import org.jointresearch.registry.api.web.RelatedRecords;
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
    private final RelatedRecords related;

    ProjectPageController(Projects projects, RecordLinks links, WebPages pages, RelatedRecords related) {
        this.projects = projects;
        this.links = links;
        this.pages = pages;
        this.related = related;
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, UUID id) {
        return pages.render(request, "project/show", ProjectPage.of(projects.get(id), links,
                related.projectsLike(id)));
    }
}
