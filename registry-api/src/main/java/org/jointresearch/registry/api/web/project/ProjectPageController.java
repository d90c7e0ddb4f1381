package org.jointresearch.registry.api.web.project;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import org.jointresearch.registry.api.security.AccessPolicy;
import org.jointresearch.registry.api.web.RecordLinks;
import org.jointresearch.registry.api.web.RelatedRecords;
import org.jointresearch.registry.api.web.WebController;
import org.jointresearch.registry.api.web.WebPages;
import org.jointresearch.registry.core.project.Projects;

import java.util.Map;
import java.util.UUID;

/** The page of a joint project. */
@WebController("/projects")
class ProjectPageController {

    private final Projects projects;
    private final RecordLinks links;
    private final WebPages pages;
    private final AccessPolicy policy;
    private final RelatedRecords related;

    ProjectPageController(Projects projects, RecordLinks links, WebPages pages, AccessPolicy policy,
                          RelatedRecords related) {
        this.projects = projects;
        this.links = links;
        this.pages = pages;
        this.policy = policy;
        this.related = related;
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, UUID id) {
        var view = projects.get(id);
        var editable = policy.mayCall(HttpMethod.GET, "/projects/{id}/edit", Map.of("id", id));
        return pages.render(request, "project/show", ProjectPage.of(view, links, editable,
                related.projectsLike(id)));
    }
}
