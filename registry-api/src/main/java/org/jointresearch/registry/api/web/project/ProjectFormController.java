package org.jointresearch.registry.api.web.project;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import org.jointresearch.registry.api.web.WebController;
import org.jointresearch.registry.api.web.form.FormFlow;
import org.jointresearch.registry.api.web.form.NewRecordForm;
import org.jointresearch.registry.core.project.ProjectDraft;
import org.jointresearch.registry.core.project.Projects;

import java.util.Map;
import java.util.UUID;

/**
 * {@code /projects/new}, where researchers and administrators create a project, and
 * {@code /projects/{id}/edit}, where its stewards and administrators change it; both through the core service.
 */
@WebController("/projects")
class ProjectFormController extends NewRecordForm<ProjectDraft> {

    private final Projects projects;
    private final ProjectForm form;
    private final FormFlow flow;

    ProjectFormController(Projects projects, ProjectForm form, FormFlow flow) {
        super(form, flow, draft -> "/projects/" + projects.create(draft).project().id());
        this.projects = projects;
        this.form = form;
        this.flow = flow;
    }

    @Get("/{id}/edit")
    HttpResponse<?> edit(HttpRequest<?> request, UUID id) {
        return flow.show(request, form, ProjectForm.values(projects.get(id)), "/projects/" + id);
    }

    @Post("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(HttpRequest<?> request, UUID id, @Body Map<String, Object> body) {
        return flow.submit(request, body, form, "/projects/" + id, (draft, version) -> {
            projects.update(id, version, draft);
            return "/projects/" + id;
        }, () -> projects.get(id).project().version());
    }
}
