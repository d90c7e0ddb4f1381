package org.jointresearch.registry.api.web.person;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Get;
import org.jointresearch.registry.api.web.Excerpt;
import org.jointresearch.registry.api.web.RecordLinks;
import org.jointresearch.registry.api.web.RelatedRecords;
import org.jointresearch.registry.api.web.WebController;
import org.jointresearch.registry.api.web.WebPages;
import org.jointresearch.registry.core.person.People;
import org.jointresearch.registry.core.project.Projects;

import java.util.UUID;

/** The page of a person. */
@WebController("/people")
class PersonPageController {

    private final People people;
    private final Projects projects;
    private final RecordLinks links;
    private final WebPages pages;
    private final RelatedRecords related;

    PersonPageController(People people, Projects projects, RecordLinks links, WebPages pages,
                         RelatedRecords related) {
        this.people = people;
        this.projects = projects;
        this.links = links;
        this.pages = pages;
        this.related = related;
    }

    @Get("/{id}")
    HttpResponse<?> show(HttpRequest<?> request, UUID id) {
        var person = people.get(id);
        var involvements = Excerpt.of(projects.ofPerson(id, Excerpt.FIRST),
                project -> PersonPage.Involvement.of(project, id));
        return pages.render(request, "person/show", PersonPage.of(person, involvements,
                related.peersOf(id, person.person().expertise(), person.person().disciplineCodes()), links));
    }
}
