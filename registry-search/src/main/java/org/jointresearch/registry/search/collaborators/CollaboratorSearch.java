package org.jointresearch.registry.search.collaborators;

import co.elastic.clients.elasticsearch.core.search.Hit;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.jointresearch.registry.core.agreement.Partners;
import org.jointresearch.registry.core.institution.Institution;
import org.jointresearch.registry.search.document.Pages;
import org.jointresearch.registry.search.index.IndexSettings;
import org.jointresearch.registry.search.index.RegistryIndex;
import org.jointresearch.registry.search.people.PersonDocument;
import org.jointresearch.registry.search.people.PersonHit;
import org.jointresearch.registry.search.query.SearchResults;
import org.jointresearch.registry.search.query.Searches;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Finds researchers by how well their expertise and their projects match a topic, with the matching projects
 * as evidence: {@code GET /search/collaborators}. This is how a researcher at HKUST finds who works on AI in
 * medicine at the partner hospitals.
 */
@Singleton
public class CollaboratorSearch {

    private static final int PARTNER_PAGE = 500;

    private final Partners partners;
    private final Searches searches;
    private final IndexSettings settings;

    CollaboratorSearch(Partners partners, Searches searches, IndexSettings settings) {
        this.partners = partners;
        this.searches = searches;
        this.settings = settings;
    }

    /** One page of researchers, best first; an unknown {@code partnerOf} institution is refused as not found. */
    public SearchResults<Collaborator> find(CollaboratorQuery query) {
        var prepared = CollaboratorQueries.search(query, partnersOf(query.partnerOf()),
                settings.alias(RegistryIndex.PEOPLE));
        var page = searches.page(prepared.request(), prepared.paging(), PersonDocument.class);
        return page.results(this::collaborator);
    }

    /** The institutions sharing an agreement with the given one, looked up in the registry itself. */
    private @Nullable Set<UUID> partnersOf(@Nullable UUID institutionId) {
        if (institutionId == null) {
            return null;
        }
        var ids = new HashSet<UUID>();
        Pages.forEach(PARTNER_PAGE, pageable -> partners.of(institutionId, pageable),
                page -> page.stream().map(Institution::id).forEach(ids::add));
        return ids;
    }

    private Collaborator collaborator(Hit<PersonDocument> hit) {
        var person = hit.source();
        var matched = hit.innerHits().get(CollaboratorQueries.EVIDENCE);
        var evidence = matched == null ? List.<Collaborator.Evidence>of() : matched.hits().hits().stream()
                .map(project -> Collaborator.Evidence.of(searches.read(project.source(), PersonDocument.Work.class)))
                .toList();
        return new Collaborator(person.id(), person.name(), person.nameZh(), person.honorific(),
                PersonHit.Post.of(person), person.expertise(), hit.highlight(), evidence, hit.score());
    }
}
