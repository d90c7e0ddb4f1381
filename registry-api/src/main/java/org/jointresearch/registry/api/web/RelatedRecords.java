package org.jointresearch.registry.api.web;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.jointresearch.registry.search.collaborators.CollaboratorQuery;
import org.jointresearch.registry.search.collaborators.CollaboratorSearch;
import org.jointresearch.registry.search.index.SearchUnavailableException;
import org.jointresearch.registry.search.project.SimilarProjects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the search index relates to a record, for the small sections of record pages: projects like a project,
 * and people who work on what a person works on. A record page still answers while Elasticsearch is away; the
 * section then says so.
 */
@Singleton
public class RelatedRecords {

    private static final Logger LOG = LoggerFactory.getLogger(RelatedRecords.class);
    private static final int SHOWN = 5;

    private final SimilarProjects similar;
    private final CollaboratorSearch collaborators;

    RelatedRecords(SimilarProjects similar, CollaboratorSearch collaborators) {
        this.similar = similar;
        this.collaborators = collaborators;
    }

    /** A few records the search related, or, when it could not answer, none and that it could not. */
    public record Related(List<Ref> items, boolean available) {
    }

    public Related projectsLike(UUID projectId) {
        return related(() -> similar.to(projectId, SHOWN).stream()
                .map(hit -> new Ref("/projects/" + hit.id(), hit.title(), null)).toList());
    }

    /** People whose expertise and projects match the person's expertise, in their first discipline, but not them. */
    public Related peersOf(UUID personId, @Nullable String expertise, List<String> disciplineCodes) {
        var discipline = disciplineCodes.isEmpty() ? null : disciplineCodes.getFirst();
        if (discipline == null && (expertise == null || expertise.isBlank())) {
            return new Related(List.of(), true);
        }
        var query = new CollaboratorQuery(expertise, null, null, discipline, personId, SHOWN, null);
        return related(() -> collaborators.find(query).items().stream()
                .map(person -> new Ref("/people/" + person.id(), person.name(), person.nameZh())).toList());
    }

    private static Related related(Supplier<List<Ref>> search) {
        try {
            return new Related(search.get(), true);
        } catch (SearchUnavailableException away) {
            LOG.warn("A record page shows no related records: {}", away.getMessage());
            return new Related(List.of(), false);
        }
    }
}
