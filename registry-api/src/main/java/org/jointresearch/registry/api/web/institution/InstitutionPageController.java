package org.jointresearch.registry.api.web.institution;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import org.jointresearch.registry.api.web.WebPages;

import java.util.UUID;

/** The page of an institution. A web page, not an API operation: kept out of the OpenAPI document. */
@Hidden
@Controller("/institutions")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class InstitutionPageController {

    private final InstitutionPages institutionPages;
    private final WebPages pages;

    InstitutionPageController(InstitutionPages institutionPages, WebPages pages) {
        this.institutionPages = institutionPages;
        this.pages = pages;
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, UUID id) {
        return pages.render(request, "institution/show", institutionPages.of(id));
    }
}
