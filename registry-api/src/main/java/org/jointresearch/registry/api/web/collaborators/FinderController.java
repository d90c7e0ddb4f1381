package org.jointresearch.registry.api.web.collaborators;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import org.jointresearch.registry.api.web.WebController;
import org.jointresearch.registry.api.web.WebPages;
import org.jointresearch.registry.core.discipline.Disciplines;
import org.jointresearch.registry.core.institution.InstitutionFilter;
import org.jointresearch.registry.core.institution.Institutions;
import org.jointresearch.registry.search.collaborators.CollaboratorSearch;

import java.util.UUID;

/**
 * Finding collaborators at {@code /collaborators}: a topic and "my institution" give the people at its partner
 * institutions whose work matches, through the same search service as {@code GET /api/v1/search/collaborators}.
 */
@WebController("/collaborators")
class FinderController {

    // Both lists are short (a registry's institutions, the discipline tree); a select holds them all.
    private static final Pageable ALL_INSTITUTIONS = Pageable.from(0, 1000, Sort.of(Sort.Order.asc("name")));
    private static final Pageable ALL_DISCIPLINES = Pageable.from(0, 1000);

    private final CollaboratorSearch collaborators;
    private final Institutions institutions;
    private final Disciplines disciplines;
    private final WebPages pages;

    FinderController(CollaboratorSearch collaborators, Institutions institutions, Disciplines disciplines,
                     WebPages pages) {
        this.collaborators = collaborators;
        this.institutions = institutions;
        this.disciplines = disciplines;
        this.pages = pages;
    }

    @Get
    HttpResponse<?> find(HttpRequest<?> request, @QueryValue @Nullable String topic, @QueryValue @Nullable UUID mine,
                         @QueryValue @Nullable String discipline, @QueryValue @Nullable UUID institution,
                         @QueryValue @Nullable String cursor) {
        var parameters = new FinderParameters(blankless(topic), mine, blankless(discipline), institution,
                blankless(cursor));
        var choices = choices();
        var page = parameters.asked()
                ? FinderPage.found(parameters, choices, collaborators.find(parameters.query()))
                : FinderPage.form(parameters, choices);
        return pages.render(request, "collaborators/show", page);
    }

    private FinderPage.Choices choices() {
        return new FinderPage.Choices(
                institutions.list(InstitutionFilter.none(), ALL_INSTITUTIONS).getContent().stream()
                        .map(i -> new FinderPage.Choice(i.id().toString(), i.name(), i.nameZh(), 0)).toList(),
                disciplines.list(null, ALL_DISCIPLINES).getContent().stream()
                        .map(d -> new FinderPage.Choice(d.code(), d.name(), d.nameZh(),
                                d.code().split("\\.").length - 1)).toList());
    }

    private static @Nullable String blankless(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
