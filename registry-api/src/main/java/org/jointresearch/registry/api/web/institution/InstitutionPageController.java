package org.jointresearch.registry.api.web.institution;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import org.jointresearch.registry.api.web.WebController;
import org.jointresearch.registry.api.web.WebPages;

import java.util.UUID;

/** The page of an institution. */
@WebController("/institutions")
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
