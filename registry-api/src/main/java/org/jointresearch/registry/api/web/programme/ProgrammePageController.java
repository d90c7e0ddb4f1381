package org.jointresearch.registry.api.web.programme;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import org.jointresearch.registry.api.web.RecordLinks;
import org.jointresearch.registry.api.web.WebController;
import org.jointresearch.registry.api.web.WebPages;
import org.jointresearch.registry.core.programme.Programmes;

import java.util.UUID;

/** The page of an exchange or training programme. */
@WebController("/programmes")
class ProgrammePageController {

    private final Programmes programmes;
    private final RecordLinks links;
    private final WebPages pages;

    ProgrammePageController(Programmes programmes, RecordLinks links, WebPages pages) {
        this.programmes = programmes;
        this.links = links;
        this.pages = pages;
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, UUID id) {
        var view = programmes.get(id);
        var programme = view.programme();
        var page = new ProgrammePage(programme, links.agreement(programme.agreementId()),
                links.institution(programme.hostInstitutionId()), links.institutions(view.partnerInstitutionIds()));
        return pages.render(request, "programme/show", page);
    }
}
