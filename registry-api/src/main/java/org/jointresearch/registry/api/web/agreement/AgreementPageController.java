package org.jointresearch.registry.api.web.agreement;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import org.jointresearch.registry.api.web.Excerpt;
import org.jointresearch.registry.api.web.RecordLinks;
import org.jointresearch.registry.api.web.Ref;
import org.jointresearch.registry.api.web.WebController;
import org.jointresearch.registry.api.web.WebPages;
import org.jointresearch.registry.core.agreement.Agreements;
import org.jointresearch.registry.core.centre.CentreFilter;
import org.jointresearch.registry.core.centre.Centres;
import org.jointresearch.registry.core.programme.ProgrammeFilter;
import org.jointresearch.registry.core.programme.Programmes;
import org.jointresearch.registry.core.project.Projects;

import java.util.UUID;

/** The page of an agreement. */
@WebController("/agreements")
class AgreementPageController {

    private final Agreements agreements;
    private final Centres centres;
    private final Projects projects;
    private final Programmes programmes;
    private final RecordLinks links;
    private final WebPages pages;

    AgreementPageController(Agreements agreements, Centres centres, Projects projects, Programmes programmes,
                            RecordLinks links, WebPages pages) {
        this.agreements = agreements;
        this.centres = centres;
        this.projects = projects;
        this.programmes = programmes;
        this.links = links;
        this.pages = pages;
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, UUID id) {
        var view = agreements.get(id);
        var signatories = view.signatories().stream().map(signatory -> new AgreementPage.SignatoryLine(
                links.person(signatory.personId()), links.institution(signatory.institutionId()), signatory.role()))
                .toList();
        var page = new AgreementPage(view.agreement(), links.institutions(view.partyIds()), signatories,
                links.areas(view.agreement().areaCodes()),
                Excerpt.of(centres.list(CentreFilter.ofAgreement(id), Excerpt.FIRST), Ref::of),
                Excerpt.of(projects.ofAgreement(id, Excerpt.FIRST), Ref::of),
                Excerpt.of(programmes.list(ProgrammeFilter.ofAgreement(id), Excerpt.FIRST), Ref::of));
        return pages.render(request, "agreement/show", page);
    }
}
